package vn.giaoviec.directive.assignment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.kernel.FormVariables;

/**
 * Nộp báo cáo: prefilled with the items (and the previous report when it was returned). Completing it
 * either puts the report in — its deadline then stops acting — or, when the unit chose "Xin gia hạn",
 * files a request for more time and the report step comes back. {@code reportAction} tells the gateway.
 * The files the unit prepared go with whichever it was.
 */
@Component("submitReportTask")
class SubmitReportTask extends AssignmentTaskListener {

    private final AssignmentDeadlines deadlines;
    private final Attachments attachments;
    private final ReportRepository reports;

    SubmitReportTask(AssignmentForms forms, AssignmentRules rules, AssignmentDeadlines deadlines,
                     Attachments attachments, ReportRepository reports) {
        super(forms, rules);
        this.deadlines = deadlines;
        this.attachments = attachments;
        this.reports = reports;
    }

    @Override
    Map<String, Object> fields(Assignment a) {
        Map<String, Object> fields = forms.reportFields(a);
        fields.put("action", AssignmentProcess.REPORT);
        fields.put("extensionDeadline", null);
        fields.put("extensionReason", null);
        return fields;
    }

    @Override
    void completed(DelegateTask task, Assignment a) {
        if (AssignmentProcess.ASK_FOR_TIME.equals(FormVariables.text(task, "action"))) {
            deadlines.askForTime(a, FormVariables.date(FormVariables.text(task, "extensionDeadline")),
                    FormVariables.text(task, "extensionReason"), forms.actor());
            attachments.submit(a, Attachments.Step.REPORT, Attachments.Step.EXTENSION, null);
            task.getExecution().setVariable(AssignmentProcess.REPORT_ACTION, AssignmentProcess.ASK_FOR_TIME);
            return;
        }
        List<ReportBody.Item> items = FormVariables.read(task, "reportItems", new TypeReference<>() {
        });
        attachments.requireSignedIfAsked(a);
        rules.submitReport(a, new ReportBody(items, FormVariables.text(task, "difficulties"),
                FormVariables.text(task, "proposals")), forms.actor());
        attachments.submit(a, Attachments.Step.REPORT, Attachments.Step.REPORT, reports.latest(a.id()).orElseThrow().id());
        deadlines.reported(a.id());
        task.getExecution().setVariable(AssignmentProcess.REPORT_ACTION, AssignmentProcess.REPORT);
    }
}
