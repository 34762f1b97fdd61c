package vn.giaoviec.directive;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.Time;

/**
 * Notices when a directive's last open assignment closes and moves the directive's process on.
 * The directive row is locked first, so that of two completions committing together exactly one
 * sees none left open.
 */
@Service
public class DirectiveCompletion {

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final RuntimeService runtime;

    DirectiveCompletion(DirectiveRepository directives, AssignmentRepository assignments, RuntimeService runtime) {
        this.directives = directives;
        this.assignments = assignments;
        this.runtime = runtime;
    }

    public void assignmentClosed(long directiveId) {
        Directive directive = directives.lock(directiveId).orElseThrow();
        if (!Directive.ACTIVE.equals(directive.state()) || assignments.anyOpen(directiveId)) {
            return;
        }
        directives.complete(directiveId, Time.now());
        runtime.createMessageCorrelation(DirectiveProcess.MESSAGE_ASSIGNMENTS_COMPLETED)
                .processInstanceId(directive.processInstanceId())
                .correlate();
    }
}
