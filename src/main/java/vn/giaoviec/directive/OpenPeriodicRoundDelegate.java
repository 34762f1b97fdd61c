package vn.giaoviec.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mở kỳ báo cáo định kỳ (bpmn/directive.bpmn): the round of the period just cut off, or none ({@code roundId} null). */
@Component("openPeriodicRoundDelegate")
class OpenPeriodicRoundDelegate implements JavaDelegate {

    private final ReportRoundSteps rounds;

    OpenPeriodicRoundDelegate(ReportRoundSteps rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = (Long) execution.getVariable(DirectiveProcess.DIRECTIVE_ID);
        execution.setVariableLocal(DirectiveProcess.ROUND_ID, rounds.openPeriodic(directiveId));
    }
}
