package vn.giaoviec.directive.assignment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.kernel.FormVariables;

/** Nộp báo cáo: prefilled with the items (and the previous report when it was returned). */
@Component("submitReportTask")
class SubmitReportTask extends AssignmentTaskListener {

    SubmitReportTask(AssignmentForms forms, AssignmentRules rules) {
        super(forms, rules);
    }

    @Override
    Map<String, Object> fields(Assignment a) {
        return forms.reportFields(a);
    }

    @Override
    void completed(DelegateTask task, Assignment a) {
        if (AssignmentProcess.ASK_FOR_TIME.equals(FormVariables.text(task, "action"))) {
            return; // the unit asks for more time instead of reporting (see reportOrExtensionListener)
        }
        List<ReportBody.Item> items = FormVariables.read(task, "reportItems", new TypeReference<>() {
        });
        rules.submitReport(a, new ReportBody(items, FormVariables.text(task, "difficulties"),
                FormVariables.text(task, "proposals")), forms.actor());
    }
}
