package vn.giaoviec.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.giaoviec.assignment.Assignment;
import vn.giaoviec.assignment.AssignmentRepository;
import vn.giaoviec.assignment.AssignmentStatus;
import vn.giaoviec.deadline.Time;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * Builds a directive's progress from our tables, one query per cascade level: the cost grows with
 * the number of levels, not with the number of assignments per level.
 */
@Service
public class ProgressService {

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final UnitRepository units;

    ProgressService(DirectiveRepository directives, AssignmentRepository assignments, UnitRepository units) {
        this.directives = directives;
        this.assignments = assignments;
        this.units = units;
    }

    /** @param visible which assignments the viewer may see (a cascading unit's children only if it is visible too) */
    public Progress progress(Directive directive, Predicate<Assignment> visible) {
        LocalDate today = Time.today();
        Map<String, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::id, u -> u));

        // Load the cascade level by level: assignments of this directive, then of its child directives, ...
        Map<Long, List<Assignment>> byDirective = new HashMap<>();
        Map<Long, String> childNumbers = new HashMap<>();
        List<Long> level = List.of(directive.id());
        while (!level.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Assignment a : assignments.ofDirectives(level)) {
                byDirective.computeIfAbsent(a.directiveId(), k -> new ArrayList<>()).add(a);
                if (a.childDirectiveId() != null) {
                    next.add(a.childDirectiveId());
                }
            }
            for (Long childId : next) {
                directives.findById(childId).ifPresent(c -> childNumbers.put(c.id(), c.number()));
            }
            level = next;
        }

        List<Assignment> own = byDirective.getOrDefault(directive.id(), List.of()).stream().filter(visible).toList();
        Map<AssignmentStatus, Integer> byStatus = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            byStatus.put(s, 0);
        }
        List<Progress.Overdue> overdue = new ArrayList<>();
        for (Assignment a : own) {
            AssignmentStatus status = AssignmentStatus.of(a, today);
            byStatus.merge(status, 1, Integer::sum);
            if (status == AssignmentStatus.OVERDUE) {
                overdue.add(new Progress.Overdue(a.id(), a.unitId(), name(unitsById, a.unitId()), a.deadline(),
                        a.deadline() == null ? 0 : ChronoUnit.DAYS.between(a.deadline(), today), focal(a.unitId())));
            }
        }
        Progress.Node root = new Progress.Node(null, directive.issuerId(), name(unitsById, directive.issuerId()), null,
                null, directive.id(), directive.number(), children(directive.id(), byDirective, childNumbers, unitsById,
                visible, today));
        return new Progress(directive.id(), directive.number(), own.size(), byStatus, root, overdue);
    }

    private List<Progress.Node> children(long directiveId, Map<Long, List<Assignment>> byDirective,
                                         Map<Long, String> numbers, Map<String, Unit> unitsById,
                                         Predicate<Assignment> visible, LocalDate today) {
        List<Progress.Node> nodes = new ArrayList<>();
        for (Assignment a : byDirective.getOrDefault(directiveId, List.of())) {
            if (!visible.test(a)) {
                continue;
            }
            List<Progress.Node> below = a.childDirectiveId() == null ? List.of()
                    : children(a.childDirectiveId(), byDirective, numbers, unitsById, visible, today);
            nodes.add(new Progress.Node(a.id(), a.unitId(), name(unitsById, a.unitId()), AssignmentStatus.of(a, today),
                    a.deadline(), a.childDirectiveId(), a.childDirectiveId() == null ? null : numbers.get(a.childDirectiveId()),
                    below));
        }
        return nodes;
    }

    private Progress.Contact focal(String unitId) {
        return units.peopleOf(unitId).stream()
                .filter(p -> "FOCAL".equals(p.role()))
                .findFirst()
                .or(() -> units.peopleOf(unitId).stream().findFirst())
                .map(ProgressService::contact)
                .orElse(null);
    }

    private static Progress.Contact contact(Person p) {
        return new Progress.Contact(p.id(), p.name(), p.email(), p.phone());
    }

    private static String name(Map<String, Unit> units, String id) {
        Unit u = units.get(id);
        return u == null ? id : u.name();
    }
}
