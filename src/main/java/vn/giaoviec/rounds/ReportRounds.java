package vn.giaoviec.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.DeadlineRules;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveProcess;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.ReportPeriods;
import vn.giaoviec.directive.ReportRoundSteps;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.kernel.WorkCalendar;
import vn.giaoviec.org.UnitPeople;

/**
 * Report rounds: a periodic one at each cut-off of the directive's regime, an ad-hoc one on request.
 * Either way every unit with an open assignment gets a round-report task, started in batches by the
 * directive process's jobs, each with its deadline watched like an assignment's. Rounds stop when the
 * directive is no longer active (complete or withdrawn).
 */
@Component("reportRounds")
public class ReportRounds implements ReportRoundSteps {

    public static final String ROUND_REPORT_ID = "roundReportId";
    public static final String PROCESS = "round-report";
    private static final String REPORT = "roundReport:";
    private static final String ROUND = "round:";
    private static final String NUMBER = "roundDirectiveNumber:";

    private final RoundRepository rounds;
    private final DirectiveRepository directives;
    private final RoundDeadlines watches;
    private final DeadlineRules deadlines;
    private final WorkCalendar calendar;
    private final ReportRoundProperties properties;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final TransactionCache cache;
    private final UnitPeople people;

    ReportRounds(RoundRepository rounds, DirectiveRepository directives, RoundDeadlines watches,
                 DeadlineRules deadlines, WorkCalendar calendar, ReportRoundProperties properties,
                 RuntimeService runtime, AuditLog audit, TransactionCache cache, UnitPeople people) {
        this.audit = audit;
        this.cache = cache;
        this.people = people;
        this.rounds = rounds;
        this.directives = directives;
        this.watches = watches;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = properties;
        this.runtime = runtime;
    }

    // --- the directive process's report-round steps ---

    @Override
    public int batchCount(long roundId) {
        return rounds.batchCount(roundId);
    }

    // --- lookups for bpmn/round-report.bpmn ---

    public String unitOf(long roundReportId) {
        return report(roundReportId).unitId();
    }

    /** The unit's focal person takes its round report without claiming it. */
    public String focalOf(long roundReportId) {
        return people.focalOf(report(roundReportId).unitId());
    }

    public Date dueOf(long roundReportId) {
        return Time.endOf(report(roundReportId).deadline());
    }

    public Date followUpOf(long roundReportId) {
        RoundReport r = report(roundReportId);
        return deadlines.followUpOf(round(r.roundId()).directiveId(), r.deadline());
    }

    // ---

    /** Opens the round of the period just cut off; null when there is none to open (directive not active, nobody open, done already). */
    @Override
    public Long openPeriodic(long directiveId) {
        Directive d = directive(directiveId);
        if (!Directive.ACTIVE.equals(d.state()) || d.periodic() == null) {
            return null;
        }
        ReportPeriods.Period period = ReportPeriods.cutOffBefore(d.periodic(), Time.today());
        if (rounds.periodicRoundExists(d.id(), period.to())) {
            return null;
        }
        List<RoundRepository.NewReport> units = rounds.unitsWithOpenAssignments(d.id());
        if (units.isEmpty()) {
            return null;
        }
        LocalDate deadline = calendar.plusWorkingDays(period.to(), properties.dueDays());
        long id = rounds.insertRound(d.id(), ReportRound.PERIODIC, period.kind(), period.subject(), period.from(),
                period.to(), deadline, Time.now(), null);
        rounds.insertReports(id, units, deadline, properties.batchSize());
        watches.expect(d.id(), deadline);
        return id;
    }

    /** {@code POST /api/directives/{id}/report-requests}: the same round, on demand, by the given deadline. */
    public ReportRound openAdHoc(Directive d, String subject, LocalDate deadline, String actor) {
        if (!Directive.ACTIVE.equals(d.state())) {
            throw ApiException.conflict("directive " + d.number() + " is " + d.state() + ": no more report rounds");
        }
        List<String> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add("subject is required");
        }
        if (deadline == null) {
            problems.add("deadline (YYYY-MM-DD) is required");
        } else if (deadline.isBefore(Time.today())) {
            problems.add("deadline " + deadline + " is in the past");
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the report request is not valid", problems);
        }
        List<RoundRepository.NewReport> units = rounds.unitsWithOpenAssignments(d.id());
        if (units.isEmpty()) {
            throw ApiException.conflict("directive " + d.number() + " has no open assignment: nobody to report");
        }
        Instant now = Time.now();
        long id = rounds.insertRound(d.id(), ReportRound.ADHOC, null, subject.trim(), null, null, deadline, now, actor);
        audit.record("ROUND_REQUESTED", d.id(), null, subject.trim() + ", hạn " + Time.text(deadline));
        rounds.insertReports(id, units, deadline, properties.batchSize());
        watches.expect(d.id(), deadline);
        runtime.createMessageCorrelation(DirectiveProcess.MESSAGE_REPORT_REQUESTED)
                .processInstanceId(d.processInstanceId())
                .setVariableToTriggeredScope(DirectiveProcess.ROUND_ID, id)
                .correlate();
        return rounds.round(id).orElseThrow();
    }

    /** One batch of a round's reports: a round-report process each (idempotent, like issuing). */
    @Override
    public void startBatch(long roundId, int batch) {
        ReportRound round = rounds.round(roundId).orElseThrow();
        String number = directive(round.directiveId()).number();
        List<RoundReport> reports = rounds.notStartedInBatch(roundId, batch);
        prefetch(round, number, reports);
        List<Object[]> started = new ArrayList<>();
        for (RoundReport r : reports) {
            String pid = runtime.startProcessInstanceByKey(PROCESS, number, Map.of(ROUND_REPORT_ID, r.id())).getId();
            started.add(new Object[]{r.id(), pid});
        }
        rounds.setProcessInstances(started);
    }

    /** What each new process's expressions, task title and deadline watch read, in two queries for the whole batch. */
    private void prefetch(ReportRound round, String number, List<RoundReport> reports) {
        cache.put(ROUND + round.id(), round);
        cache.put(NUMBER + round.directiveId(), number);
        reports.forEach(r -> cache.put(REPORT + r.id(), r));
        people.prefetch(reports.stream().map(RoundReport::unitId).distinct().toList());
    }

    /** The round-report process started: its deadline acts. */
    void watch(long roundReportId) {
        RoundReport r = report(roundReportId);
        watches.watch(r, round(r.roundId()).directiveId());
    }

    /** The task's title: the step, the directive's number, the deadline and the round's subject. */
    String title(String step, RoundReport r) {
        ReportRound round = round(r.roundId());
        String number = cache.prefetched(NUMBER + round.directiveId(), () -> directive(round.directiveId()).number());
        return TaskTitles.of(step, number, r.deadline(), round.subject());
    }

    /** The unit's round report, as its task's form or the API submits it. */
    void submit(RoundReport r, String result, String difficulties, String proposals, String actor) {
        if (!r.isOpen()) {
            throw ApiException.conflict("round report " + r.id() + " is " + r.state());
        }
        if (result == null || result.isBlank()) {
            throw ApiException.unprocessable("a round report needs its results (result)");
        }
        List<String> problems = new ArrayList<>();
        TextLimits.check(problems, "result", result, TextLimits.TEXT);
        TextLimits.check(problems, "difficulties", difficulties, TextLimits.TEXT);
        TextLimits.check(problems, "proposals", proposals, TextLimits.TEXT);
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the round report is not valid", problems);
        }
        Instant now = Time.now();
        audit.record("ROUND_REPORTED", rounds.round(r.roundId()).orElseThrow().directiveId(), r.assignmentId(),
                "Báo cáo theo kỳ " + r.id());
        rounds.submitted(r.id(), actor, now, r.late() || !Time.onTime(now, r.deadline()), result.trim(),
                blankToNull(difficulties), blankToNull(proposals));
        watches.submitted(r.id());
    }

    /** The round report as a batch read it when its process starts (its row then changes only after the batch). */
    RoundReport report(long id) {
        return cache.prefetched(REPORT + id,
                () -> rounds.report(id).orElseThrow(() -> new IllegalStateException("no round report " + id)));
    }

    private ReportRound round(long id) {
        return cache.prefetched(ROUND + id, () -> rounds.round(id).orElseThrow());
    }

    Directive directive(long id) {
        return directives.findById(id).orElseThrow(() -> new IllegalStateException("no directive " + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
