package vn.giaoviec.deadline;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.Tampering;

/**
 * Xem xét đề nghị gia hạn: the task is titled with the unit and the date it asks for; completing it
 * grants or refuses. What its form shows is read when it is opened ({@link ExtensionFormView}).
 */
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
            task.setName(TaskTitles.of(task.getName(), directives.of(a.directiveId()).number(), null,
                    units.nameOf(a.unitId()) + " xin đến " + Time.text(r.newDeadline())));
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
