package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ghi nhận quá hạn, đưa vào danh sách đôn đốc (bpmn/deadline-watch.bpmn). */
@Component("recordOverdueDelegate")
class RecordOverdueDelegate implements JavaDelegate {

    private final DeadlineSteps steps;

    RecordOverdueDelegate(DeadlineSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.overdue(DeadlineProcess.groupOf(execution));
    }
}
