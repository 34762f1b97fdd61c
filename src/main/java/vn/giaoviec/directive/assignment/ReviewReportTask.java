package vn.giaoviec.directive.assignment;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.FormVariables;

/** Xem xét báo cáo: the monitoring unit accepts the report or returns it with a comment. */
@Component("reviewReportTask")
class ReviewReportTask extends AssignmentTaskListener {

    ReviewReportTask(AssignmentForms forms, AssignmentRules rules) {
        super(forms, rules);
    }

    /** The reviewer has many units' reports of one letter: the name says whose this is. */
    @Override
    String title(DelegateTask task, Assignment a) {
        return forms.title(task, a, null, forms.unitNameOf(a));
    }

    @Override
    Map<String, Object> fields(Assignment a) {
        return forms.reviewFields(a);
    }

    @Override
    void completed(DelegateTask task, Assignment a) {
        String decision = FormVariables.text(task, "decision");
        rules.review(a, decision, FormVariables.text(task, "comment"), forms.actor());
        task.getExecution().setVariable(AssignmentProcess.DECISION, decision);
    }
}
