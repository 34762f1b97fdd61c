package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Báo cáo lãnh đạo xử lý (bpmn/deadline-watch.bpmn). */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

    private final DeadlineSteps steps;

    EscalateDelegate(DeadlineSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalate(DeadlineProcess.groupOf(execution));
    }
}
