package vn.giaoviec.assignment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.giaoviec.web.FormVariables;

/** Xem xét báo cáo: the monitoring unit accepts the report or returns it with a comment. */
@Component("reviewReportTask")
class ReviewReportTask implements TaskListener {

    private final AssignmentForms forms;
    private final AssignmentRules rules;

    ReviewReportTask(AssignmentForms forms, AssignmentRules rules) {
        this.forms = forms;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment a = forms.assignment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillHeader(task, a);
            task.setVariablesLocal(forms.reviewFields(a));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String decision = FormVariables.text(task, "decision");
            rules.review(a, decision, FormVariables.text(task, "comment"), forms.actor());
            task.getExecution().setVariable(AssignmentProcess.DECISION, decision);
        }
    }
}
