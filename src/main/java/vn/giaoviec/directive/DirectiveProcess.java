package vn.giaoviec.directive;

/** Names shared by bpmn/directive.bpmn, the code and the tests. */
public final class DirectiveProcess {

    public static final String KEY = "directive";
    public static final String DIRECTIVE_ID = "directiveId";
    public static final String MESSAGE_ASSIGNMENTS_COMPLETED = "AssignmentsCompleted";
    /** An ad-hoc report round: the message carries the round's id into the event subprocess. */
    public static final String MESSAGE_REPORT_REQUESTED = "ReportRequested";
    public static final String ROUND_ID = "roundId";

    public static final String START = "StartEvent_DirectiveRegistered";
    public static final String ISSUE_ASSIGNMENTS = "SubProcess_IssueBatch";
    public static final String ASSIGNMENTS_COMPLETED = "MessageEvent_AssignmentsCompleted";
    public static final String CONSOLIDATE_FINAL_REPORT = "UserTask_ConsolidateFinalReport";

    private DirectiveProcess() {
    }
}
