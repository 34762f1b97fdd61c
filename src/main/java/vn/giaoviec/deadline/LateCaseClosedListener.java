package vn.giaoviec.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The end of a follow-up or escalation process: its case is closed. */
@Component("lateCaseClosedListener")
class LateCaseClosedListener implements ExecutionListener {

    private final LateCaseStarter cases;

    LateCaseClosedListener(LateCaseStarter cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.closed((Long) execution.getVariable(DeadlineProcess.CASE_ID));
    }
}
