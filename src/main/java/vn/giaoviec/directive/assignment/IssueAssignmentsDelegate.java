package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.DirectiveProcess;
import vn.giaoviec.directive.DirectiveRepository;

/** One issuing batch of the directive process's multi-instance: {@code loopCounter} is the batch. */
@Component("issueAssignmentsDelegate")
class IssueAssignmentsDelegate implements JavaDelegate {

    private final DirectiveRepository directives;
    private final IssuingBatch batches;

    IssueAssignmentsDelegate(DirectiveRepository directives, IssuingBatch batches) {
        this.directives = directives;
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = (Long) execution.getVariable(DirectiveProcess.DIRECTIVE_ID);
        int batch = (Integer) execution.getVariable("loopCounter");
        batches.start(directives.findById(directiveId).orElseThrow(), batch);
    }
}
