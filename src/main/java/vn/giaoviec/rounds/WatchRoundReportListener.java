package vn.giaoviec.rounds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** bpmn/round-report.bpmn, start: the round report's deadline acts, like an assignment's. */
@Component("watchRoundReportDeadline")
class WatchRoundReportListener implements ExecutionListener {

    private final ReportRounds rounds;

    WatchRoundReportListener(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateExecution execution) {
        rounds.watch((Long) execution.getVariable(ReportRounds.ROUND_REPORT_ID));
    }
}
