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
    private final Map<String, AssignmentTaskListener> steps;

    AssignmentFormView(AssignmentForms forms, AssignmentRepository assignments, RuntimeService runtime,
                       ReceiveAssignmentTask receive, SubmitReportTask report, ReviewReportTask review) {
        this.forms = forms;
        this.assignments = assignments;
        this.runtime = runtime;
        this.steps = Map.of(AssignmentProcess.RECEIVE, receive, AssignmentProcess.SUBMIT_REPORT, report,
                AssignmentProcess.REVIEW_REPORT, review);
    }

    /** The step's own fields, prefilled from our tables (a step a process owner added has none of ours). */
    @Override
    public Map<String, Object> editableOn(Task task) {
        AssignmentTaskListener step = steps.get(task.getTaskDefinitionKey());
        Assignment a = step == null ? null : assignmentOf(task);
        return a == null ? Map.of() : step.fields(a);
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        Assignment a = assignmentOf(task);
        if (a == null) {
            return Map.of();
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

    /** The assignment whose process holds the task; null for another feature's task or a variable pointing elsewhere. */
    private Assignment assignmentOf(Task task) {
        if (task.getExecutionId() == null
                || !(runtime.getVariable(task.getExecutionId(), AssignmentProcess.ASSIGNMENT_ID) instanceof Long id)) {
            return null;
        }
        Assignment a = assignments.findById(id).orElse(null);
        return a == null || !task.getProcessInstanceId().equals(a.processInstanceId()) ? null : a;
    }
}
