package vn.giaoviec.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;

/**
 * Starts the assignment processes of one issuing batch. They are started fire-and-forget, not as
 * call-activity children of the directive: completions are counted in our table, so one school's
 * completion costs the same whatever the number of its siblings (DESIGN §8).
 */
@Service
class AssignmentStarter {

    private final AssignmentRepository assignments;
    private final RuntimeService runtime;

    AssignmentStarter(AssignmentRepository assignments, RuntimeService runtime) {
        this.assignments = assignments;
        this.runtime = runtime;
    }

    /** Idempotent: a retried batch starts only the assignments that have no process yet. */
    void startBatch(Directive directive, int batchNo) {
        List<Object[]> started = new ArrayList<>();
        for (Assignment a : assignments.notStartedInBatch(directive.id(), batchNo)) {
            String pid = runtime.startProcessInstanceByKey(AssignmentProcess.KEY, directive.number(),
                    Map.of(AssignmentProcess.ASSIGNMENT_ID, a.id())).getId();
            started.add(new Object[]{a.id(), pid});
        }
        assignments.setProcessInstances(started);
    }
}
