package vn.giaoviec.rounds;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.ShownFormData;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/**
 * What the form "Nộp báo cáo theo kỳ" shows when it is opened — the letter, the round, the deadline,
 * the unit and its items — as our tables say now, and the three fields it sends back.
 */
@Component
class RoundReportFormView implements ShownFormData {

    private final RoundRepository rounds;
    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final RuntimeService runtime;

    RoundReportFormView(RoundRepository rounds, DirectiveRepository directives, AssignmentRepository assignments,
                        UnitRepository units, RuntimeService runtime) {
        this.rounds = rounds;
        this.directives = directives;
        this.assignments = assignments;
        this.units = units;
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        RoundReport r = reportOf(task);
        if (r == null) {
            return Map.of();
        }
        ReportRound round = rounds.round(r.roundId()).orElseThrow();
        Directive d = directives.findById(round.directiveId()).orElseThrow();
        Assignment a = assignments.findById(r.assignmentId()).orElseThrow();
        Map<String, Object> shown = new HashMap<>();
        shown.put("directiveNumber", d.number());
        shown.put("directiveSubject", d.subject());
        shown.put("roundSubject", round.subject());
        shown.put("deadlineText", Time.text(r.deadline()));
        shown.put("unitName", units.nameOf(r.unitId()));
        shown.put("itemsText", a.itemsText(directives.items(d.id())));
        return shown;
    }

    /** The report's three texts, empty until the unit writes them. */
    @Override
    public Map<String, Object> editableOn(Task task) {
        return reportOf(task) == null ? Map.of() : ShownFormData.blank("result", "difficulties", "proposals");
    }

    /** The round report of a "Nộp báo cáo theo kỳ" task; null for another task or a variable pointing elsewhere. */
    private RoundReport reportOf(Task task) {
        Long id = ShownFormData.idOn(task, ReportRoundController.SUBMIT_TASK, ReportRounds.ROUND_REPORT_ID, runtime);
        RoundReport r = id == null ? null : rounds.report(id).orElse(null);
        return r == null || !task.getProcessInstanceId().equals(r.processInstanceId()) ? null : r;
    }
}
