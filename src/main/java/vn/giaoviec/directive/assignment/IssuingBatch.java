package vn.giaoviec.directive.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/** One issuing batch: its assignments' processes started in one transaction, what they all read read once. */
@Service
class IssuingBatch {

    private final AssignmentRepository assignments;
    private final AssignmentStarter starter;
    private final UnitRepository units;
    private final TransactionCache cache;
    private final AssignmentDeadlines deadlines;

    IssuingBatch(AssignmentRepository assignments, AssignmentStarter starter, UnitRepository units,
                 TransactionCache cache, AssignmentDeadlines deadlines) {
        this.assignments = assignments;
        this.starter = starter;
        this.units = units;
        this.cache = cache;
        this.deadlines = deadlines;
    }

    /** Idempotent: a retried batch starts only the assignments that have no process yet. */
    void start(Directive directive, int batchNo) {
        List<Assignment> batch = assignments.notStartedInBatch(directive.id(), batchNo);
        prefetch(batch);
        List<Object[]> started = new ArrayList<>();
        for (Assignment a : batch) {
            started.add(new Object[]{a.id(), starter.start(a.id(), directive.number())});
        }
        assignments.setProcessInstances(started);
    }

    /** What every new task's form and expressions and each deadline watch read, in four queries for the whole batch. */
    private void prefetch(List<Assignment> batch) {
        deadlines.starting(batch.stream().map(Assignment::id).toList());
        List<String> unitIds = batch.stream().map(Assignment::unitId).distinct().toList();
        batch.forEach(a -> cache.put(AssignmentForms.ASSIGNMENT + a.id(), a));
        units.findByIds(unitIds).forEach(u -> cache.put(AssignmentForms.UNIT + u.id(), u));
        Map<String, List<Person>> people = units.peopleOf(unitIds).stream()
                .collect(Collectors.groupingBy(Person::unitId));
        unitIds.forEach(id -> cache.put(AssignmentForms.PEOPLE + id, people.getOrDefault(id, List.of())));
    }
}
