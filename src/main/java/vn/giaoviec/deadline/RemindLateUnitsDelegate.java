package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gửi nhắc nhở tới các đơn vị (bpmn/follow-up.bpmn): the one-click reminder to every unit on the list. */
@Component("remindLateUnitsDelegate")
class RemindLateUnitsDelegate implements JavaDelegate {

    private final LateCaseNotices notices;

    RemindLateUnitsDelegate(LateCaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remindAll((Long) execution.getVariable(DeadlineProcess.CASE_ID),
                (String) execution.getVariable(FollowUpLateUnitsTask.MESSAGE));
    }
}
