package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * bpmn/assignment.bpmn, at the start and when a report is returned: what the unit must meet now is
 * watched (its deadline, then its resubmission deadline).
 */
@Component("watchAssignmentDeadline")
class WatchDeadlineListener implements ExecutionListener {

    private final AssignmentDeadlines deadlines;
    private final AssignmentForms forms;

    WatchDeadlineListener(AssignmentDeadlines deadlines, AssignmentForms forms) {
        this.deadlines = deadlines;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        deadlines.watch(forms.assignment((Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID)));
    }
}
