package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nhắc hạn đơn vị (bpmn/deadline-watch.bpmn). */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final DeadlineSteps steps;

    SendReminderDelegate(DeadlineSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remind(DeadlineProcess.groupOf(execution));
    }
}
