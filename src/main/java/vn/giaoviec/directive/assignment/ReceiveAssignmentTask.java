package vn.giaoviec.directive.assignment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.directive.ArrivalNotices;
import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.FormVariables;

/**
 * Tiếp nhận nhiệm vụ: fills the form from our tables on create; on complete, hands the unit's choice
 * — handle directly, or cascade with its own implementation directive — to the rules.
 */
@Component("receiveAssignmentTask")
class ReceiveAssignmentTask extends AssignmentTaskListener {

    private final ArrivalNotices notices;
    private final Attachments attachments;

    ReceiveAssignmentTask(AssignmentForms forms, AssignmentRules rules, ArrivalNotices notices, Attachments attachments) {
        super(forms, rules);
        this.notices = notices;
        this.attachments = attachments;
    }

    /** The work has arrived: the unit's focal person and head are told, with a link to this task. */
    @Override
    void created(DelegateTask task, Assignment a) {
        forms.announce(task, a, notices);
    }

    @Override
    Map<String, Object> fields(Assignment a) {
        return forms.receiveFields(a);
    }

    @Override
    void completed(DelegateTask task, Assignment a) {
        String mode = FormVariables.text(task, "mode");
        DirectiveBody child = AssignmentProcess.CASCADE.equals(mode) ? childDirective(task) : null;
        Long childId = rules.receive(a, mode, FormVariables.text(task, "assignee"), child, forms.actor());
        attachments.submit(a, Attachments.Step.RECEIVE, Attachments.Step.RECEIVE, null);
        task.getExecution().setVariable(AssignmentProcess.MODE, mode);
        task.getExecution().setVariable(AssignmentProcess.CHILD_DIRECTIVE_ID, childId);
    }

    /** The API sends the whole directive; Tasklist sends the form's few fields. */
    private static DirectiveBody childDirective(DelegateTask task) {
        DirectiveBody full = FormVariables.read(task, "childDirective", new TypeReference<>() {
        });
        if (full != null) {
            return full;
        }
        List<String> recipients = FormVariables.read(task, "childRecipients", new TypeReference<List<String>>() {
        });
        List<Map<String, Object>> rows = FormVariables.read(task, "childItems", new TypeReference<>() {
        });
        List<DirectiveBody.Item> items = rows == null ? List.of() : rows.stream()
                .map(row -> new DirectiveBody.Item(str(row.get("no")), str(row.get("text")),
                        recipients == null ? List.of() : recipients, List.of(), FormVariables.date(str(row.get("deadline"))),
                        null, null, null))
                .toList();
        return new DirectiveBody(FormVariables.text(task, "childNumber"), null, null, null,
                FormVariables.text(task, "childPlace"), null, FormVariables.text(task, "childSubject"), null, items,
                null, null, null, null, null, null, null, null);
    }

    private static String str(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
