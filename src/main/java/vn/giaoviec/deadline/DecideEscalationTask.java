package vn.giaoviec.deadline;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.kernel.FormVariables;

/**
 * Quyết định xử lý đơn vị chậm: one task per directive, deadline and level for the head. It lists the
 * late units; the head decides per unit ({@code decisions} rows: EXTEND with a new deadline, REASSIGN
 * to a unit or person, LATENESS with a note) or for all at once ({@code allDecision}, EXTEND or
 * LATENESS). Units left undecided come back in a fresh task.
 */
@Component("decideEscalationTask")
class DecideEscalationTask implements TaskListener {

    private final LateCaseLists lists;
    private final LateCaseNotices notices;
    private final EscalationDecisions decisions;
    private final IdentityService identity;

    DecideEscalationTask(LateCaseLists lists, LateCaseNotices notices, EscalationDecisions decisions,
                         IdentityService identity) {
        this.lists = lists;
        this.notices = notices;
        this.decisions = decisions;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = lists.caseOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName(lists.title(caseId, task.getName()));
            Map<String, Object> vars = lists.taskVariables(caseId);
            vars.put("allDecision", null);
            vars.put("allNewDeadline", null);
            vars.put("allNote", null);
            task.setVariablesLocal(FormVariables.storable(vars));
            if (task.getExecution().getVariable("announced") == null) {
                notices.announce(caseId, (Integer) vars.get("lateCount"));
                task.getExecution().setVariable("announced", true);
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (Boolean.TRUE.equals(task.getVariableLocal("systemClosed"))) {
                return; // nobody is left on the list
            }
            List<EscalationDecisions.Row> rows = FormVariables.read(task, "decisions", new TypeReference<>() {
            });
            decisions.apply(caseId, rows == null ? List.of() : rows, FormVariables.text(task, "allDecision"),
                    FormVariables.text(task, "allNewDeadline"), FormVariables.text(task, "allNote"), actor());
        }
    }

    private String actor() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
