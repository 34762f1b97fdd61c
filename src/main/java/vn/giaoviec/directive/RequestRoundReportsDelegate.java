package vn.giaoviec.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Yêu cầu các đơn vị báo cáo (bpmn/directive.bpmn): one batch of a round's reports; {@code loopCounter} is the batch. */
@Component("requestRoundReportsDelegate")
class RequestRoundReportsDelegate implements JavaDelegate {

    private final ReportRoundSteps rounds;

    RequestRoundReportsDelegate(ReportRoundSteps rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.startBatch((Long) execution.getVariable(DirectiveProcess.ROUND_ID),
                (Integer) execution.getVariable("loopCounter"));
    }
}
