package vn.giaoviec.directive;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.assignment.Attachments;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Tampering;

/**
 * Tổng hợp báo cáo kết quả: the monitoring unit writes the final report for the issuer; Tasklist
 * offers the Word draft to edit, sign and attach back, and the attached files go with the report.
 * What its form shows is read when it is opened ({@link FinalReportFormView}).
 */
@Component("consolidateFinalReportTask")
class ConsolidateFinalReportTask implements TaskListener {

    private final DirectiveRepository directives;
    private final AuditLog audit;
    private final Attachments attachments;

    ConsolidateFinalReportTask(DirectiveRepository directives, AuditLog audit, Attachments attachments) {
        this.audit = audit;
        this.attachments = attachments;
        this.directives = directives;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = (Long) task.getExecution().getVariable(DirectiveProcess.DIRECTIVE_ID);
        Directive d = directives.findById(id).orElseThrow();
        Tampering.requireOwnProcess(d.processInstanceId(), task, "directive " + id);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName(TaskTitles.of(task.getName(), d.number(), null, d.subject()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String report = FormVariables.text(task, "finalReport");
            if (report == null) {
                throw ApiException.unprocessable("the final report needs its text");
            }
            TextLimits.require("finalReport", report, TextLimits.TEXT);
            directives.saveFinalReport(id, report);
            attachments.submitFinal(id);
            audit.record("FINAL_REPORT", id, null, report.length() + " ký tự");
        }
    }
}
