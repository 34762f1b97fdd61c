package vn.giaoviec.intake;

/** Names shared by bpmn/directive-intake.bpmn, the code and the tests. */
final class IntakeProcess {

    static final String KEY = "directive-intake";
    /** The start form's group: Tasklist submits it as JSON {"text": ...}, which has no length limit. */
    static final String PASTED = "pasted";
    static final String REVIEW_DRAFT = "UserTask_ReviewDraft";

    private IntakeProcess() {
    }
}
