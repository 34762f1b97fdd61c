package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.DirectiveCompletion;

/** After acceptance: tells the directive one more of its assignments is done. */
@Component("updateDirectiveProgressDelegate")
class UpdateDirectiveProgressDelegate implements JavaDelegate {

    private final AssignmentRepository assignments;
    private final DirectiveCompletion completion;

    UpdateDirectiveProgressDelegate(AssignmentRepository assignments, DirectiveCompletion completion) {
        this.assignments = assignments;
        this.completion = completion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long assignmentId = (Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID);
        completion.assignmentClosed(assignments.findById(assignmentId).orElseThrow().directiveId());
    }
}
