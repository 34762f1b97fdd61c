package vn.giaoviec.directive.assignment;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts an assignment's process. They are started fire-and-forget, not as call-activity children of
 * the directive: completions are counted in our table, so one school's completion costs the same
 * whatever the number of its siblings (DESIGN §8).
 */
@Service
class AssignmentStarter {

    private final RuntimeService runtime;

    AssignmentStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** One assignment's process; its business key is the directive's printed number, as Cockpit searches it. */
    String start(long assignmentId, String directiveNumber) {
        return runtime.startProcessInstanceByKey(AssignmentProcess.KEY, directiveNumber,
                Map.of(AssignmentProcess.ASSIGNMENT_ID, assignmentId)).getId();
    }
}
