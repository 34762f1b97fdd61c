package vn.giaoviec.deadline;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.FormVariables;

/**
 * bpmn/assignment.bpmn, Nộp báo cáo completed: either the report went in (the deadline stops
 * acting) or the unit chose "Xin gia hạn" on the form (a request for more time is filed and the
 * report task comes back). Sets {@code reportAction} for the gateway. On create it initialises the
 * form's choice and extension fields as task-local variables.
 */
@Component("reportOrExtensionListener")
class ReportOrExtensionListener implements TaskListener {

    static final String REPORT_ACTION = "reportAction";

    private final AssignmentRepository assignments;
    private final ExtensionRequests requests;
    private final DeadlineWatches watches;
    private final IdentityService identity;

    ReportOrExtensionListener(AssignmentRepository assignments, ExtensionRequests requests, DeadlineWatches watches,
                              IdentityService identity) {
        this.assignments = assignments;
        this.requests = requests;
        this.watches = watches;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // the form's own fields, task-local so that what Tasklist submits stays on the task
            task.setVariableLocal("action", DeadlineProcess.REPORT);
            task.setVariableLocal("extensionDeadline", null);
            task.setVariableLocal("extensionReason", null);
            return;
        }
        long id = (Long) task.getExecution().getVariable(AssignmentProcess.ASSIGNMENT_ID);
        if (DeadlineProcess.EXTEND.equals(FormVariables.text(task, "action"))) {
            Authentication current = identity.getCurrentAuthentication();
            requests.request(assignments.findById(id).orElseThrow(),
                    FormVariables.date(FormVariables.text(task, "extensionDeadline")),
                    FormVariables.text(task, "extensionReason"), current == null ? null : current.getUserId());
            task.getExecution().setVariable(REPORT_ACTION, DeadlineProcess.EXTEND);
        } else {
            watches.assignmentReported(id);
            task.getExecution().setVariable(REPORT_ACTION, DeadlineProcess.REPORT);
        }
    }
}
