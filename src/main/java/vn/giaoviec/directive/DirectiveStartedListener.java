package vn.giaoviec.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Links the registered directive to its process instance, however it was started (API or cascade). */
@Component("directiveStartedListener")
class DirectiveStartedListener implements ExecutionListener {

    private final DirectiveRepository directives;

    DirectiveStartedListener(DirectiveRepository directives) {
        this.directives = directives;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long directiveId = (Long) execution.getVariable(DirectiveProcess.DIRECTIVE_ID);
        directives.setProcessInstance(directiveId, execution.getProcessInstanceId());
    }
}
