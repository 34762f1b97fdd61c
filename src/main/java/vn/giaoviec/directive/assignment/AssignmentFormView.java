package vn.giaoviec.directive.assignment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.ShownFormData;

/**
 * What the form of an assignment's task shows when it is opened: the letter's header on every step
 * (a step a process owner added included), and each shipped step's own view — Tiếp nhận its choices,
 * Nộp báo cáo the reviewer's comment and the units' results below, Xem xét báo cáo the report.
 * Always as the tables say now: a deadline moved since the task was created shows the new one.
 */
@Component
class AssignmentFormView implements ShownFormData {

    private final AssignmentForms forms;
    private final AssignmentRepository assignments;
    private final RuntimeService runtime;

    AssignmentFormView(AssignmentForms forms, AssignmentRepository assignments, RuntimeService runtime) {
        this.forms = forms;
        this.assignments = assignments;
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        if (task.getExecutionId() == null
                || !(runtime.getVariable(task.getExecutionId(), AssignmentProcess.ASSIGNMENT_ID) instanceof Long id)) {
            return Map.of();
        }
        Assignment a = assignments.findById(id).orElse(null);
        if (a == null || !task.getProcessInstanceId().equals(a.processInstanceId())) {
            return Map.of(); // not an assignment's task, or a variable pointing elsewhere: nothing to show
        }
        Map<String, Object> shown = new HashMap<>(forms.header(a));
        switch (task.getTaskDefinitionKey()) {
            case AssignmentProcess.RECEIVE -> shown.putAll(forms.receiveChoices(a));
            case AssignmentProcess.SUBMIT_REPORT -> shown.putAll(forms.reportShown(a));
            case AssignmentProcess.REVIEW_REPORT -> shown.putAll(forms.reviewShown(a));
            default -> {
                // a step a process owner added: the header only
            }
        }
        return shown;
    }
}
