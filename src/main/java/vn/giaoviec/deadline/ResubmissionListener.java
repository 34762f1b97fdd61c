package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentProcess;

/** bpmn/assignment.bpmn, a report returned: its resubmission deadline acts like the first one. */
@Component("watchResubmission")
class ResubmissionListener implements ExecutionListener {

    private final DeadlineWatches watches;

    ResubmissionListener(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        watches.watchResubmission((Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID));
    }
}
