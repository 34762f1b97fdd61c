package vn.giaoviec.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.progress.ProgressRepository.Row;
import vn.giaoviec.security.Viewer;

/**
 * Builds a directive's progress from our tables in a fixed number of queries: two per cascade level
 * (its assignments joined with their units and focal people, its child directives) and one for the
 * issuing and monitoring units. Nothing is queried per assignment: 2,000 schools cost five queries.
 */
@Service
public class ProgressService {

    private final DirectiveRepository directives;
    private final ProgressRepository rows;
    private final UnitRepository units;
    private final Access access;

    ProgressService(DirectiveRepository directives, ProgressRepository rows, UnitRepository units, Access access) {
        this.directives = directives;
        this.rows = rows;
        this.units = units;
        this.access = access;
    }

    /**
     * The directive's progress as this user may see it (DESIGN §2): all of it for its issuer and
     * monitoring unit, their subtree's part for a unit it was addressed to; 403 for anyone else.
     */
    public Progress progressFor(Directive directive, AppUser user) {
        Viewer viewer = access.viewer(user);
        return progress(directive, viewer, access.requireSees(viewer, directive));
    }

    /**
     * @param seesAll whether the viewer sees every assignment of the directive (DESIGN §2: its issuer or
     *                monitoring unit, or one of a directive it implements); otherwise they see the
     *                assignments of their own subtree, and all of a cascade they issued or monitor
     */
    @Transactional(readOnly = true)
    public Progress progress(Directive directive, Viewer viewer, boolean seesAll) {
        Cascade cascade = load(directive);
        Builder builder = new Builder(cascade, viewer, Time.today());
        Progress.Node root = new Progress.Node(null, directive.issuerId(), cascade.name(directive.issuerId()), null,
                null, null, directive.id(), directive.number(), builder.children(directive, seesAll, 0));

        Map<AssignmentStatus, Integer> byStatus = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            byStatus.put(s, 0);
        }
        root.children().forEach(n -> byStatus.merge(n.status(), 1, Integer::sum));

        Map<String, Progress.Contact> heads = headsOfUnitsWithoutFocal(builder.late);
        List<Progress.Overdue> overdue = new ArrayList<>();
        List<Progress.Overdue> below = new ArrayList<>();
        for (Late late : builder.late) {
            var a = late.row().assignment();
            var entry = new Progress.Overdue(a.id(), a.directiveId(), cascade.directives.get(a.directiveId()).number(),
                    a.unitId(), late.row().unitName(), a.currentDue(),
                    a.currentDue() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(a.currentDue(), builder.today)),
                    late.row().focal() != null ? late.row().focal() : heads.get(a.unitId()));
            (late.depth() == 0 ? overdue : below).add(entry);
        }
        return new Progress(directive.id(), directive.number(), root.children().size(), byStatus, root, overdue, below);
    }

    /** The directive, its assignments and those of every cascade below it, level by level. */
    private Cascade load(Directive root) {
        Map<Long, List<Row>> byDirective = new HashMap<>();
        Map<Long, Directive> directivesById = new HashMap<>(Map.of(root.id(), root));
        Set<Long> level = Set.of(root.id());
        while (!level.isEmpty()) {
            Set<Long> next = new LinkedHashSet<>();
            for (Row row : rows.ofDirectives(level)) {
                Long child = row.assignment().childDirectiveId();
                byDirective.computeIfAbsent(row.assignment().directiveId(), k -> new ArrayList<>()).add(row);
                if (child != null && !directivesById.containsKey(child)) {
                    next.add(child);
                }
            }
            directives.findByIds(next).forEach(d -> directivesById.put(d.id(), d));
            next.retainAll(directivesById.keySet());
            level = next;
        }
        Set<String> issuing = directivesById.values().stream()
                .flatMap(d -> Stream.of(d.issuerId(), d.monitoringUnitId())).collect(Collectors.toSet());
        Map<String, Unit> issuingUnits = units.findByIds(issuing).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return new Cascade(byDirective, directivesById, issuingUnits);
    }

    /** DESIGN §6 gives every unit a focal person; for one without, whom to call is its head. */
    private Map<String, Progress.Contact> headsOfUnitsWithoutFocal(List<Late> late) {
        Set<String> without = late.stream().filter(l -> l.row().focal() == null)
                .map(l -> l.row().assignment().unitId()).collect(Collectors.toSet());
        Map<String, Progress.Contact> heads = new HashMap<>();
        for (Person p : rows.headsOf(without)) {
            heads.putIfAbsent(p.unitId(), new Progress.Contact(p.id(), p.name(), p.email(), p.phone()));
        }
        return heads;
    }

    /** {@code issuingUnits}: the issuers and monitoring units of the directives in the cascade. */
    private record Cascade(Map<Long, List<Row>> byDirective, Map<Long, Directive> directives,
                           Map<String, Unit> issuingUnits) {
        String name(String unitId) {
            Unit u = issuingUnits.get(unitId);
            return u == null ? unitId : u.name();
        }
    }

    private record Late(Row row, int depth) {
    }

    /** Walks the cascade once, keeping what the viewer may see and noting who is late. */
    private static final class Builder {
        private final Cascade cascade;
        private final Viewer viewer;
        private final LocalDate today;
        private final List<Late> late = new ArrayList<>();
        private final Set<Long> visited = new HashSet<>();

        Builder(Cascade cascade, Viewer viewer, LocalDate today) {
            this.cascade = cascade;
            this.viewer = viewer;
            this.today = today;
        }

        List<Progress.Node> children(Directive directive, boolean seesAll, int depth) {
            if (!visited.add(directive.id())) {
                return List.of();
            }
            boolean all = seesAll || viewer.covers(cascade.issuingUnits.get(directive.issuerId()))
                    || viewer.covers(cascade.issuingUnits.get(directive.monitoringUnitId()));
            List<Progress.Node> nodes = new ArrayList<>();
            for (Row row : cascade.byDirective.getOrDefault(directive.id(), List.of())) {
                if (!all && !viewer.coversPath(row.unitPath())) {
                    continue;
                }
                var a = row.assignment();
                AssignmentStatus status = AssignmentStatus.of(a, today);
                if (status == AssignmentStatus.OVERDUE) {
                    late.add(new Late(row, depth));
                }
                Directive child = a.childDirectiveId() == null ? null : cascade.directives.get(a.childDirectiveId());
                nodes.add(new Progress.Node(a.id(), a.unitId(), row.unitName(), status, a.deadline(),
                        Assignment.RETURNED.equals(a.state()) ? a.resubmissionDue() : null, a.childDirectiveId(), child == null ? null : child.number(),
                        child == null ? List.of() : children(child, all, depth + 1)));
            }
            return nodes;
        }
    }
}
