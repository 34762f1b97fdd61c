package vn.giaoviec.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.TransactionCache;

/**
 * A unit's people as the current transaction has read them. A batch that starts hundreds of processes
 * (issuing, a report round) reads its units' people in one query, and each new task's assignee,
 * candidate choices and notice take them from there; elsewhere they are read as asked.
 */
@Component
public class UnitPeople {

    private static final String KEY = "people:";

    private final UnitRepository units;
    private final TransactionCache cache;

    UnitPeople(UnitRepository units, TransactionCache cache) {
        this.units = units;
        this.cache = cache;
    }

    /** Reads the people of all these units at once, for the rest of the transaction. */
    public void prefetch(Collection<String> unitIds) {
        Map<String, List<Person>> people = units.peopleOf(unitIds).stream().collect(Collectors.groupingBy(Person::unitId));
        unitIds.forEach(id -> cache.put(KEY + id, people.getOrDefault(id, List.of())));
    }

    /** The unit's people: what {@link #prefetch} read, else a fresh read. */
    public List<Person> of(String unitId) {
        return cache.prefetched(KEY + unitId, () -> units.peopleOf(unitId));
    }

    /** Whom a task addressed to the unit is assigned to ({@link UnitRepository#focal}). */
    public String focalOf(String unitId) {
        return UnitRepository.focal(of(unitId));
    }
}
