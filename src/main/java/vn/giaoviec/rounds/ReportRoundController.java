package vn.giaoviec.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.EngineActions;

/**
 * Report rounds through the API: an ad-hoc round on request (DESIGN §5), the rounds of a directive
 * with each unit's report, and a unit submitting its round report (the same task Tasklist shows).
 */
@RestController
class ReportRoundController {

    static final String SUBMIT_TASK = "UserTask_SubmitRoundReport";

    record ReportRequest(String subject, LocalDate deadline) {
    }

    record RoundReportBody(String result, String difficulties, String proposals) {
    }

    record ReportView(long id, String unit, long assignment, String state, LocalDate deadline, Instant submittedAt,
                      String submittedBy, boolean late, String result, String difficulties, String proposals,
                      String processInstanceId) {
        static ReportView of(RoundReport r) {
            return new ReportView(r.id(), r.unitId(), r.assignmentId(), r.state(), r.deadline(), r.submittedAt(),
                    r.submittedBy(), r.late(), r.result(), r.difficulties(), r.proposals(), r.processInstanceId());
        }
    }

    record RoundView(long id, long directive, String kind, String periodKind, String subject, LocalDate periodFrom,
                     LocalDate periodTo, LocalDate deadline, int reportCount, List<ReportView> reports) {
    }

    private final ReportRounds service;
    private final RoundRepository rounds;
    private final DirectiveRepository directives;
    private final EngineActions engine;
    private final Access access;

    ReportRoundController(ReportRounds service, RoundRepository rounds, DirectiveRepository directives,
                          EngineActions engine, Access access) {
        this.service = service;
        this.rounds = rounds;
        this.directives = directives;
        this.engine = engine;
        this.access = access;
    }

    @PostMapping("/api/directives/{id}/report-requests")
    @ResponseStatus(HttpStatus.CREATED)
    RoundView request(@PathVariable long id, @RequestBody ReportRequest body, @AuthenticationPrincipal AppUser user) {
        Directive d = directive(id);
        if (!access.covers(user, d.issuerId()) && !access.covers(user, d.monitoringUnitId())) {
            throw ApiException.forbidden("only the issuer or the monitoring unit of " + d.number() + " may ask for reports");
        }
        ReportRound round = engine.retrying(() -> service.openAdHoc(directive(id), body.subject(), body.deadline(), user.id()));
        return view(round, true);
    }

    @GetMapping("/api/directives/{id}/report-rounds")
    List<RoundView> rounds(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directive(id);
        access.requireSees(user, d);
        boolean all = access.seesAllOf(user, d);
        return rounds.roundsOf(id).stream().map(r -> {
            RoundView v = view(r, all);
            return all ? v : new RoundView(v.id(), v.directive(), v.kind(), v.periodKind(), v.subject(), v.periodFrom(),
                    v.periodTo(), v.deadline(), v.reportCount(),
                    v.reports().stream().filter(rep -> access.covers(user, rep.unit())).toList());
        }).toList();
    }

    @PostMapping("/api/round-reports/{id}")
    ReportView submit(@PathVariable long id, @RequestBody RoundReportBody body, @AuthenticationPrincipal AppUser user) {
        RoundReport r = rounds.report(id).orElseThrow(() -> ApiException.notFound("no round report " + id));
        access.requireOwnUnit(user, r.unitId(), "submit round report " + id);
        Map<String, Object> form = new HashMap<>();
        form.put("result", body.result());
        form.put("difficulties", body.difficulties());
        form.put("proposals", body.proposals());
        return engine.completeTask(r.processInstanceId(), SUBMIT_TASK, "round report " + id + " is not waiting ("
                + r.state() + ")", user, form, () -> ReportView.of(rounds.report(id).orElseThrow()));
    }

    private RoundView view(ReportRound r, boolean withReports) {
        List<RoundReport> reports = rounds.reportsOf(r.id());
        return new RoundView(r.id(), r.directiveId(), r.kind(), r.periodKind(), r.subject(), r.periodFrom(),
                r.periodTo(), r.deadline(), reports.size(),
                withReports ? reports.stream().map(ReportView::of).toList() : List.of());
    }

    private Directive directive(long id) {
        return directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
    }
}
