package vn.giaoviec.directive;

/** Names shared by bpmn/directive.bpmn, the code and the tests. */
public final class DirectiveProcess {

    public static final String KEY = "directive";
    public static final String DIRECTIVE_ID = "directiveId";
    public static final String MESSAGE_ASSIGNMENTS_COMPLETED = "AssignmentsCompleted";

    public static final String START = "StartEvent_DirectiveRegistered";
    public static final String ISSUE_ASSIGNMENTS = "ServiceTask_IssueAssignments";
    public static final String ASSIGNMENTS_COMPLETED = "CatchEvent_AssignmentsCompleted";
    public static final String CONSOLIDATE_FINAL_REPORT = "UserTask_ConsolidateFinalReport";

    private DirectiveProcess() {
    }
}
