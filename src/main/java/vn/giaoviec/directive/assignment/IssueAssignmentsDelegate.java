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
    private final AssignmentStarter starter;

    IssueAssignmentsDelegate(DirectiveRepository directives, AssignmentStarter starter) {
        this.directives = directives;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = (Long) execution.getVariable(DirectiveProcess.DIRECTIVE_ID);
        int batch = (Integer) execution.getVariable("loopCounter");
        starter.startBatch(directives.findById(directiveId).orElseThrow(), batch);
    }
}
