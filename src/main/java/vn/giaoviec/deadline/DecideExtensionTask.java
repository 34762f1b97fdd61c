package vn.giaoviec.deadline;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.Tampering;

/** Xem xét đề nghị gia hạn: the form shows the request; completing it grants or refuses. */
@Component("decideExtensionTask")
class DecideExtensionTask implements TaskListener {

    private final ExtensionRequests requests;
    private final AssignmentWork work;
    private final DirectiveCache directives;
    private final UnitRepository units;
    private final IdentityService identity;

    DecideExtensionTask(ExtensionRequests requests, AssignmentWork work, DirectiveCache directives,
                        UnitRepository units, IdentityService identity) {
        this.directives = directives;
        this.requests = requests;
        this.work = work;
        this.units = units;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        ExtensionRequest r = requests.request((Long) task.getExecution().getVariable(DeadlineProcess.EXTENSION_REQUEST_ID));
        Tampering.requireOwnProcess(r.processInstanceId(), task, "extension request " + r.id());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Assignment a = requests.assignment(r);
            String unitName = units.findById(a.unitId()).map(Unit::name).orElse(a.unitId());
            task.setName(TaskTitles.of(task.getName(), directives.of(a.directiveId()).number(), null,
                    unitName + " xin đến " + Time.text(r.newDeadline())));
            Map<String, Object> vars = new HashMap<>();
            vars.put("directiveNumber", directives.of(a.directiveId()).number());
            vars.put("unitName", unitName);
            vars.put("subjectText", work.subject(a));
            vars.put("currentDeadlineText", Time.text(r.currentDeadline()));
            vars.put("requestedDeadlineText", Time.text(r.newDeadline()));
            vars.put("reason", r.reason());
            vars.put("requestedBy", r.requestedBy());
            vars.put("decision", null);
            vars.put("grantedDeadline", Time.text(r.newDeadline()));
            vars.put("comment", null);
            task.setVariablesLocal(FormVariables.storable(vars));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String decision = FormVariables.text(task, "decision");
            requests.decide(r, decision, FormVariables.date(FormVariables.text(task, "grantedDeadline")),
                    FormVariables.text(task, "comment"), actor());
            task.getExecution().setVariable("decision", decision);
        }
    }

    private String actor() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
