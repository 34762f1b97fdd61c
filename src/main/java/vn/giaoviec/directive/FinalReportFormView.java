package vn.giaoviec.directive;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.kernel.ShownFormData;
import vn.giaoviec.kernel.Time;

/**
 * What the form "Tổng hợp báo cáo kết quả" shows when it is opened — the letter and how many of its
 * assignments stand in each status — and the report text it sends back.
 */
@Component
class FinalReportFormView implements ShownFormData {

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final RuntimeService runtime;

    FinalReportFormView(DirectiveRepository directives, AssignmentRepository assignments, RuntimeService runtime) {
        this.directives = directives;
        this.assignments = assignments;
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        Directive d = directiveOf(task);
        if (d == null) {
            return Map.of();
        }
        Map<AssignmentStatus, Long> counts = new EnumMap<>(AssignmentStatus.class);
        for (Assignment a : assignments.ofDirective(d.id())) {
            counts.merge(AssignmentStatus.of(a, Time.today()), 1L, Long::sum);
        }
        return Map.of("directiveNumber", d.number(), "directiveSubject", d.subject(),
                "summaryText", counts.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                        .collect(Collectors.joining("\n")));
    }

    @Override
    public Map<String, Object> editableOn(Task task) {
        return directiveOf(task) == null ? Map.of() : ShownFormData.blank("finalReport");
    }

    /** The directive of a "Tổng hợp báo cáo kết quả" task; null for another task or a variable pointing elsewhere. */
    private Directive directiveOf(Task task) {
        Long id = ShownFormData.idOn(task, DirectiveProcess.CONSOLIDATE_FINAL_REPORT, DirectiveProcess.DIRECTIVE_ID, runtime);
        Directive d = id == null ? null : directives.findById(id).orElse(null);
        return d == null || !task.getProcessInstanceId().equals(d.processInstanceId()) ? null : d;
    }
}
