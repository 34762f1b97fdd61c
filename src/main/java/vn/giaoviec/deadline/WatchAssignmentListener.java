package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentProcess;

/** bpmn/assignment.bpmn, start: the assignment's deadline starts to act. */
@Component("watchAssignmentDeadline")
class WatchAssignmentListener implements ExecutionListener {

    private final DeadlineWatches watches;

    WatchAssignmentListener(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        watches.watchAssignment((Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID));
    }
}
