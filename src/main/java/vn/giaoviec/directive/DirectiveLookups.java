package vn.giaoviec.directive;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentRepository;

/** Lookups for bpmn/directive.bpmn ({@code ${directives...}}). */
@Component("directives")
public class DirectiveLookups {

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;

    DirectiveLookups(DirectiveRepository directives, AssignmentRepository assignments) {
        this.directives = directives;
        this.assignments = assignments;
    }

    public int batchCount(long directiveId) {
        return assignments.batchCount(directiveId);
    }

    public String numberOf(long directiveId) {
        return directive(directiveId).number();
    }

    public String monitoringUnitOf(long directiveId) {
        return directive(directiveId).monitoringUnitId();
    }

    public boolean isCascade(long directiveId) {
        return directive(directiveId).parentAssignmentId() != null;
    }

    private Directive directive(long id) {
        return directives.findById(id).orElseThrow(() -> new IllegalStateException("no directive " + id));
    }
}
