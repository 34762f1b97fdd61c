package vn.giaoviec.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hủy các nhiệm vụ đang thực hiện (bpmn/directive.bpmn, withdrawal): one batch; {@code loopCounter} is the batch. */
@Component("endWithdrawnWorkDelegate")
class EndWithdrawnWorkDelegate implements JavaDelegate {

    private final DirectiveWithdrawal withdrawals;

    EndWithdrawnWorkDelegate(DirectiveWithdrawal withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.endBatch((Long) execution.getVariable(DirectiveProcess.DIRECTIVE_ID),
                (Integer) execution.getVariable("loopCounter"));
    }
}
