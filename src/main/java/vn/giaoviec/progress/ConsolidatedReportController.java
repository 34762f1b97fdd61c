package vn.giaoviec.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.directive.assignment.ReportRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.Time;

/** {@code GET /api/directives/{id}/report.xlsx}: what the progress shows, with each unit's report, as Excel. */
@RestController
class ConsolidatedReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DirectiveRepository directives;
    private final ProgressService progress;
    private final ReportRepository reports;
    private final AuditView audit;

    ConsolidatedReportController(DirectiveRepository directives, ProgressService progress, ReportRepository reports,
                                 AuditView audit) {
        this.audit = audit;
        this.directives = directives;
        this.progress = progress;
        this.reports = reports;
    }

    @GetMapping("/api/directives/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Progress p = progress.progressFor(d, user);
        List<ConsolidatedWorkbook.Line> lines = lines(p);
        byte[] body = ConsolidatedWorkbook.write(d, p.tree().unitName(), p, lines, audit.of(d, user), Time.today());
        String file = "Bao-cao-" + d.number().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The visible tree, depth first, each unit with its latest report (two queries for the whole cascade). */
    private List<ConsolidatedWorkbook.Line> lines(Progress p) {
        Set<Long> directiveIds = new HashSet<>();
        collectDirectives(p.tree(), directiveIds);
        Map<Long, List<Report>> byAssignment = reports.ofDirectives(directiveIds);
        List<ConsolidatedWorkbook.Line> lines = new ArrayList<>();
        walk(p.tree(), 1, byAssignment, lines);
        return lines;
    }

    private static void collectDirectives(Progress.Node node, Set<Long> ids) {
        if (node.childDirective() != null) {
            ids.add(node.childDirective());
        }
        node.children().forEach(child -> collectDirectives(child, ids));
    }

    private static void walk(Progress.Node parent, int level, Map<Long, List<Report>> reports,
                             List<ConsolidatedWorkbook.Line> lines) {
        for (Progress.Node node : parent.children()) {
            List<Report> mine = reports.getOrDefault(node.assignment(), List.of());
            lines.add(new ConsolidatedWorkbook.Line(level, parent.childNumber(), node,
                    mine.isEmpty() ? null : mine.get(mine.size() - 1)));
            walk(node, level + 1, reports, lines);
        }
    }
}
