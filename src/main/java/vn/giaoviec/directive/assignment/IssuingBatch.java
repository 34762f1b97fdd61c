package vn.giaoviec.directive.assignment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.org.UnitPeople;
import vn.giaoviec.org.UnitRepository;

/** One issuing batch: its assignments' processes started in one transaction, what they all read read once. */
@Service
class IssuingBatch {

    private final AssignmentRepository assignments;
    private final AssignmentStarter starter;
    private final UnitRepository units;
    private final TransactionCache cache;
    private final AssignmentDeadlines deadlines;
    private final UnitPeople people;

    IssuingBatch(AssignmentRepository assignments, AssignmentStarter starter, UnitRepository units,
                 TransactionCache cache, AssignmentDeadlines deadlines, UnitPeople people) {
        this.assignments = assignments;
        this.starter = starter;
        this.units = units;
        this.cache = cache;
        this.deadlines = deadlines;
        this.people = people;
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
        people.prefetch(unitIds);
    }
}
