package vn.giaoviec.deadline;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.kernel.ShownFormData;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/**
 * What the form "Xem xét đề nghị gia hạn" shows when it is opened — the letter, the unit, its work,
 * the deadline now and the one asked for, the reason — and the decision it sends back, the granted
 * date prefilled with the date asked for.
 */
@Component
class ExtensionFormView implements ShownFormData {

    private final ExtensionRequestRepository requests;
    private final ExtensionRequests service;
    private final AssignmentWork work;
    private final DirectiveCache directives;
    private final UnitRepository units;
    private final RuntimeService runtime;

    ExtensionFormView(ExtensionRequestRepository requests, ExtensionRequests service, AssignmentWork work,
                      DirectiveCache directives, UnitRepository units, RuntimeService runtime) {
        this.requests = requests;
        this.service = service;
        this.work = work;
        this.directives = directives;
        this.units = units;
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        ExtensionRequest r = requestOf(task);
        if (r == null) {
            return Map.of();
        }
        Assignment a = service.assignment(r);
        Map<String, Object> shown = new HashMap<>();
        shown.put("directiveNumber", directives.of(a.directiveId()).number());
        shown.put("unitName", units.nameOf(a.unitId()));
        shown.put("subjectText", work.subject(a));
        shown.put("currentDeadlineText", Time.text(r.currentDeadline()));
        shown.put("requestedDeadlineText", Time.text(r.newDeadline()));
        shown.put("reason", r.reason());
        shown.put("requestedBy", r.requestedBy());
        return shown;
    }

    @Override
    public Map<String, Object> editableOn(Task task) {
        ExtensionRequest r = requestOf(task);
        if (r == null) {
            return Map.of();
        }
        Map<String, Object> fields = ShownFormData.blank("decision", "comment");
        fields.put("grantedDeadline", Time.text(r.newDeadline()));
        return fields;
    }

    /** The request of a "Xem xét đề nghị gia hạn" task; null for another task or a variable pointing elsewhere. */
    private ExtensionRequest requestOf(Task task) {
        Long id = ShownFormData.idOn(task, DeadlineProcess.DECIDE_EXTENSION, DeadlineProcess.EXTENSION_REQUEST_ID, runtime);
        ExtensionRequest r = id == null ? null : requests.findById(id).orElse(null);
        return r == null || !task.getProcessInstanceId().equals(r.processInstanceId()) ? null : r;
    }
}
