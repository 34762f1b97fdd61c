package vn.giaoviec.assignment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.web.FormVariables;

/** Nộp báo cáo: prefilled with the items (and the previous report when it was returned). */
@Component("submitReportTask")
class SubmitReportTask implements TaskListener {

    private final AssignmentForms forms;
    private final AssignmentRules rules;

    SubmitReportTask(AssignmentForms forms, AssignmentRules rules) {
        this.forms = forms;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment a = forms.assignment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillHeader(task, a);
            task.setVariablesLocal(forms.reportFields(a));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (AssignmentProcess.ASK_FOR_TIME.equals(FormVariables.text(task, "action"))) {
                return; // the unit asks for more time instead of reporting (see reportOrExtensionListener)
            }
            List<ReportBody.Item> items = FormVariables.read(task, "reportItems", new TypeReference<>() {
            });
            rules.submitReport(a, new ReportBody(items, FormVariables.text(task, "difficulties"),
                    FormVariables.text(task, "proposals")), forms.actor());
        }
    }
}
