package vn.giaoviec.rounds;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.Tampering;

/** Nộp báo cáo theo kỳ: shows the round and the unit's items; completing it stores the report. */
@Component("submitRoundReportTask")
class SubmitRoundReportTask implements TaskListener {


    private final RoundRepository rounds;
    private final ReportRounds service;
    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final IdentityService identity;

    SubmitRoundReportTask(RoundRepository rounds, ReportRounds service, AssignmentRepository assignments,
                          DirectiveRepository directives, UnitRepository units, IdentityService identity) {
        this.rounds = rounds;
        this.service = service;
        this.assignments = assignments;
        this.directives = directives;
        this.units = units;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        RoundReport r = rounds.report((Long) task.getExecution().getVariable(ReportRounds.ROUND_REPORT_ID)).orElseThrow();
        Tampering.requireOwnProcess(r.processInstanceId(), task, "round report " + r.id());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReportRound round = rounds.round(r.roundId()).orElseThrow();
            Directive d = directives.findById(round.directiveId()).orElseThrow();
            Assignment a = assignments.findById(r.assignmentId()).orElseThrow();
            task.setName(TaskTitles.of(task.getName(), d.number(), r.deadline(), round.subject()));
            Map<String, Object> vars = new HashMap<>();
            vars.put("directiveNumber", d.number());
            vars.put("directiveSubject", d.subject());
            vars.put("roundSubject", round.subject());
            vars.put("deadlineText", Time.text(r.deadline()));
            vars.put("unitName", units.findById(r.unitId()).map(Unit::name).orElse(r.unitId()));
            vars.put("itemsText", directives.items(d.id()).stream().filter(i -> a.itemNos().contains(i.no()))
                    .map(i -> i.no() + ". " + (i.text() == null ? "" : i.text())).collect(Collectors.joining("\n\n")));
            vars.put("result", null);
            vars.put("difficulties", null);
            vars.put("proposals", null);
            task.setVariablesLocal(FormVariables.storable(vars));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication current = identity.getCurrentAuthentication();
            service.submit(r, FormVariables.text(task, "result"), FormVariables.text(task, "difficulties"),
                    FormVariables.text(task, "proposals"), current == null ? null : current.getUserId());
        }
    }
}
