package vn.giaoviec.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.Attachments;
import vn.giaoviec.documents.Documents;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.directive.assignment.ReportRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * {@code GET /api/directives/{id}/report.xlsx}: what the progress shows, with each unit's report, as
 * Excel; the same as a Word báo cáo, and everything together as the directive's dossier.
 */
@RestController
class ConsolidatedReportController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Map<String, String> SIGNERS = Map.of("so", "Giám đốc", "ubnd-tp", "Chủ tịch",
            "ubnd-phuong", "Chủ tịch", "phong", "Trưởng phòng", "mam-non", "Hiệu trưởng", "tieu-hoc", "Hiệu trưởng",
            "thcs", "Hiệu trưởng", "thpt", "Hiệu trưởng");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DirectiveRepository directives;
    private final ProgressService progress;
    private final ReportRepository reports;
    private final AuditView audit;
    private final UnitRepository units;
    private final AssignmentRepository assignments;
    private final Attachments attachments;
    private final Documents documents;
    private final Access access;
    private final ObjectMapper json;

    ConsolidatedReportController(DirectiveRepository directives, ProgressService progress, ReportRepository reports,
                                 AuditView audit, UnitRepository units, AssignmentRepository assignments,
                                 Attachments attachments, Documents documents, Access access, ObjectMapper json) {
        this.attachments = attachments;
        this.documents = documents;
        this.access = access;
        this.json = json;
        this.audit = audit;
        this.units = units;
        this.assignments = assignments;
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
        String file = fileName("Bao-cao-", d, "xlsx");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** {@code GET /api/directives/{id}/report.docx}: the same report as a báo cáo to edit, sign and send up (Decree 30 layout). */
    @GetMapping("/api/directives/{id}/report.docx")
    ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Progress p = progress.progressFor(d, user);
        byte[] body = ConsolidatedDocument.write(d, letterhead(d), p, lines(p), Time.today());
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName("Bao-cao-", d, "docx"), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** {@code GET /api/directives/{id}/dossier.zip}: everything of the directive the user may see, for the archive. */
    @GetMapping("/api/directives/{id}/dossier.zip")
    ResponseEntity<StreamingResponseBody> dossier(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Progress p = progress.progressFor(d, user);
        List<ConsolidatedWorkbook.Line> lines = lines(p);
        byte[] workbook = ConsolidatedWorkbook.write(d, p.tree().unitName(), p, lines, audit.of(d, user), Time.today());
        byte[] document = ConsolidatedDocument.write(d, letterhead(d), p, lines, Time.today());
        Set<Long> directiveIds = new HashSet<>(Set.of(d.id()));
        collectDirectives(p.tree(), directiveIds);
        Map<Long, List<Report>> allReports = reports.ofDirectives(directiveIds);
        Map<Long, List<Attachments.View>> files = directiveIds.stream()
                .flatMap(i -> attachments.submittedOf(i).stream()).filter(f -> f.assignment() != null)
                .collect(Collectors.groupingBy(Attachments.View::assignment));
        List<Dossier.Unit> units = new ArrayList<>();
        lines.forEach(line -> units.add(new Dossier.Unit(line.node(),
                allReports.getOrDefault(line.node().assignment(), List.of()),
                files.getOrDefault(line.node().assignment(), List.of()))));
        List<Attachments.View> finalFiles = access.seesAllOf(user, d)
                ? attachments.ofDirective(id).stream().filter(Attachments.View::submitted).toList() : List.of();
        Map<String, Object> directive = Map.of("directive", d, "items", directives.items(id));
        StreamingResponseBody body = out -> Dossier.write(out, documents, json, d, directive, workbook, document,
                finalFiles, units);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName("Ho-so-", d, "zip"), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The issuer writes; it reports to the unit whose letter it implements, else to the body above it. */
    private ConsolidatedDocument.Letterhead letterhead(Directive d) {
        Unit issuer = units.findById(d.issuerId()).orElseThrow();
        Unit parent = issuer.parentId() == null ? null : units.findById(issuer.parentId()).orElse(null);
        String reportTo = d.parentAssignmentId() == null ? (parent == null ? null : parent.name())
                : assignments.findById(d.parentAssignmentId()).flatMap(a -> directives.findById(a.directiveId()))
                .flatMap(up -> units.findById(up.issuerId())).map(Unit::name).orElse(null);
        String head = UnitRepository.head(units.peopleOf(issuer.id())).map(Person::name).orElse(null);
        String monitoring = units.findById(d.monitoringUnitId()).map(Unit::symbol).orElse(null);
        return new ConsolidatedDocument.Letterhead(parent == null ? null : parent.name(), issuer.name(),
                issuer.symbol() == null ? "" : issuer.symbol(), d.place(),
                SIGNERS.getOrDefault(issuer.kind(), "Thủ trưởng đơn vị"), head,
                reportTo == null ? List.of() : List.of(reportTo), monitoring);
    }

    private static String fileName(String prefix, Directive d, String extension) {
        return prefix + d.number().replaceAll("[^\\p{L}\\p{N}]+", "-") + "." + extension;
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
