package vn.giaoviec.directive.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/**
 * Starts the assignment processes of one issuing batch. They are started fire-and-forget, not as
 * call-activity children of the directive: completions are counted in our table, so one school's
 * completion costs the same whatever the number of its siblings (DESIGN §8).
 */
@Service
class AssignmentStarter {

    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final RuntimeService runtime;
    private final TransactionCache cache;

    AssignmentStarter(AssignmentRepository assignments, UnitRepository units, RuntimeService runtime,
                      TransactionCache cache) {
        this.assignments = assignments;
        this.units = units;
        this.runtime = runtime;
        this.cache = cache;
    }

    /** Idempotent: a retried batch starts only the assignments that have no process yet. */
    void startBatch(Directive directive, int batchNo) {
        List<Assignment> batch = assignments.notStartedInBatch(directive.id(), batchNo);
        prefetch(batch);
        List<Object[]> started = new ArrayList<>();
        for (Assignment a : batch) {
            started.add(new Object[]{a.id(), start(a.id(), directive.number())});
        }
        assignments.setProcessInstances(started);
    }

    /** One assignment's process; its business key is the directive's printed number, as Cockpit searches it. */
    String start(long assignmentId, String directiveNumber) {
        return runtime.startProcessInstanceByKey(AssignmentProcess.KEY, directiveNumber,
                Map.of(AssignmentProcess.ASSIGNMENT_ID, assignmentId)).getId();
    }

    /** What every new task's form and expressions read, in three queries for the whole batch. */
    private void prefetch(List<Assignment> batch) {
        List<String> unitIds = batch.stream().map(Assignment::unitId).distinct().toList();
        batch.forEach(a -> cache.put(AssignmentForms.ASSIGNMENT + a.id(), a));
        units.findByIds(unitIds).forEach(u -> cache.put(AssignmentForms.UNIT + u.id(), u));
        Map<String, List<Person>> people = units.peopleOf(unitIds).stream()
                .collect(Collectors.groupingBy(Person::unitId));
        unitIds.forEach(id -> cache.put(AssignmentForms.PEOPLE + id, people.getOrDefault(id, List.of())));
    }
}
