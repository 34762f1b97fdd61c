package vn.giaoviec.rounds;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.Tampering;

/**
 * Nộp báo cáo theo kỳ: the task is titled with the round; completing it stores the report. What its
 * form shows is read when it is opened ({@link RoundReportFormView}), so a round to every school of a
 * city writes no form variables.
 */
@Component("submitRoundReportTask")
class SubmitRoundReportTask implements TaskListener {

    private final ReportRounds service;
    private final IdentityService identity;

    SubmitRoundReportTask(ReportRounds service, IdentityService identity) {
        this.service = service;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        RoundReport r = service.report((Long) task.getExecution().getVariable(ReportRounds.ROUND_REPORT_ID));
        Tampering.requireOwnProcess(r.processInstanceId(), task, "round report " + r.id());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName(service.title(task.getName(), r));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication current = identity.getCurrentAuthentication();
            service.submit(r, FormVariables.text(task, "result"), FormVariables.text(task, "difficulties"),
                    FormVariables.text(task, "proposals"), current == null ? null : current.getUserId());
        }
    }
}
