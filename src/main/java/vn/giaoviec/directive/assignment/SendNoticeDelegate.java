package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step of element template "Gửi thông báo": its inputs noticeTo, noticeSubject, noticeText. */
@Component("sendNoticeDelegate")
class SendNoticeDelegate implements JavaDelegate {

    private final UnitNotices notices;

    SendNoticeDelegate(UnitNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send((Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID),
                (String) execution.getVariable("noticeTo"), (String) execution.getVariable("noticeSubject"),
                (String) execution.getVariable("noticeText"));
    }
}
