package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names shared by the deadline BPMN files (deadline-watch, follow-up, escalation, extension-request), code and tests. */
public final class DeadlineProcess {

    public static final String WATCH = "deadline-watch";
    public static final String FOLLOW_UP = "follow-up";
    public static final String ESCALATION = "escalation";
    public static final String EXTENSION_REQUEST = "extension-request";

    public static final String GROUP_ID = "groupId";
    /** What a deadline-watch process started before version 8 of the schema holds: its watch's id, also its group's. */
    static final String LEGACY_WATCH_ID = "watchId";
    public static final String CASE_ID = "caseId";
    public static final String EXTENSION_REQUEST_ID = "extensionRequestId";

    public static final String REMINDER_DUE = "TimerEvent_ReminderDue";
    public static final String DEADLINE_PASSED = "TimerEvent_DeadlinePassed";
    public static final String GRACE_PASSED = "TimerEvent_GracePassed";
    public static final String FOLLOW_UP_TASK = "UserTask_FollowUpLateUnits";
    public static final String DECIDE_ESCALATION = "UserTask_DecideEscalation";
    public static final String DECIDE_EXTENSION = "UserTask_DecideExtension";

    /** Form field {@code action} of the follow-up task. */
    public static final String REMIND = "REMIND";
    public static final String CLOSE = "CLOSE";
    public static final String EMPTY = "EMPTY";

    public static final String GRANT = "GRANT";
    public static final String REFUSE = "REFUSE";

    private DeadlineProcess() {
    }

    /** The group a deadline-watch step works for. */
    static long groupOf(DelegateExecution execution) {
        Object id = execution.getVariable(GROUP_ID);
        return (Long) (id != null ? id : execution.getVariable(LEGACY_WATCH_ID));
    }
}
