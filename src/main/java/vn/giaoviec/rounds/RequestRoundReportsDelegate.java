package vn.giaoviec.rounds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Yêu cầu các đơn vị báo cáo (bpmn/directive.bpmn): one batch of a round's reports; {@code loopCounter} is the batch. */
@Component("requestRoundReportsDelegate")
class RequestRoundReportsDelegate implements JavaDelegate {

    private final ReportRounds rounds;

    RequestRoundReportsDelegate(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.startBatch((Long) execution.getVariable(ReportRounds.ROUND_ID), (Integer) execution.getVariable("loopCounter"));
    }
}
