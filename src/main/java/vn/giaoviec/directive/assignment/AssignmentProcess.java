package vn.giaoviec.directive.assignment;

/** Names shared by bpmn/assignment.bpmn, the code and the tests. */
public final class AssignmentProcess {

    public static final String KEY = "assignment";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String MODE = "mode";
    public static final String CHILD_DIRECTIVE_ID = "childDirectiveId";
    public static final String DECISION = "decision";

    public static final String RECEIVE = "UserTask_ReceiveAssignment";
    public static final String SUBMIT_REPORT = "UserTask_SubmitReport";
    public static final String REVIEW_REPORT = "UserTask_ReviewReport";
    public static final String ISSUE_CHILD_DIRECTIVE = "CallActivity_IssueChildDirective";
    public static final String RECORD_COMPLETION = "ServiceTask_UpdateDirectiveProgress";
    public static final String END_ACCEPTED = "EndEvent_ReportAccepted";

    public static final String DIRECT = "DIRECT";
    public static final String CASCADE = "CASCADE";
    public static final String ACCEPT = "ACCEPT";
    public static final String RETURN = "RETURN";
    /** The report form's {@code action}: the report goes in, or the unit asks for more time instead. */
    public static final String REPORT = "REPORT";
    public static final String ASK_FOR_TIME = "EXTEND";
    /** Which of the two the report step did, for its gateway. */
    public static final String REPORT_ACTION = "reportAction";

    private AssignmentProcess() {
    }
}
