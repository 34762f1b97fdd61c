package vn.giaoviec.directive;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.security.Viewer;

/**
 * Who may see and do what through /api (DESIGN §2): a unit sees its own subtree; a directive's
 * issuer and monitoring unit (and every unit above them) see all of it and of the cascades below
 * it; a unit acts only on its own assignments and reviews only where it is the reviewer.
 */
@Component
public class Access {

    private final UnitRepository units;
    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final JdbcClient jdbc;

    Access(UnitRepository units, DirectiveRepository directives, AssignmentRepository assignments, JdbcClient jdbc) {
        this.units = units;
        this.directives = directives;
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    /** The user with their unit's path, for checking many units without a query each. */
    public Viewer viewer(AppUser user) {
        return new Viewer(user, myUnit(user).map(Unit::path).orElse(null));
    }

    /** Whether the user's unit is the given unit or above it. */
    public boolean covers(AppUser user, String unitId) {
        if (user.admin()) {
            return true;
        }
        Optional<Unit> mine = myUnit(user);
        return mine.isPresent() && units.findById(unitId).map(u -> u.isWithin(mine.get())).orElse(false);
    }

    /**
     * Sees every assignment of the directive: issuer or monitor of it or of a directive it cascades
     * from, or a unit it was sent to for information (read-only: acting needs more).
     */
    public boolean seesAllOf(AppUser user, Directive directive) {
        return seesAllOf(viewer(user), directive);
    }

    /** {@link #seesAllOf(AppUser, Directive)} for a viewer: one query for each directive up the cascade. */
    public boolean seesAllOf(Viewer viewer, Directive directive) {
        if (viewer.admin()) {
            return true;
        }
        if (viewer.unitPath() == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        for (Directive d = directive; d != null && seen.add(d.id()); d = parentDirective(d)) {
            List<String> overseers = new java.util.ArrayList<>(List.of(d.issuerId(), d.monitoringUnitId()));
            overseers.addAll(directives.ccUnits(d.id()));
            if (units.findByIds(overseers).stream().anyMatch(viewer::covers)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some assignment of the directive went to the viewer's unit or below it. */
    private boolean seesPartOf(Viewer viewer, Directive directive) {
        return viewer.unitPath() != null && jdbc.sql("select count(*) from assignment a join unit u on u.id = a.unit_id"
                        + " where a.directive_id = ? and u.path like ?")
                .params(directive.id(), viewer.unitPath() + "%").query(Integer.class).single() > 0;
    }

    public boolean sees(AppUser user, Directive directive) {
        Viewer viewer = viewer(user);
        return seesAllOf(viewer, directive) || seesPartOf(viewer, directive);
    }

    /**
     * Refuses (403) a viewer who sees nothing of the directive.
     *
     * @return whether they see all of it; otherwise they see the part addressed to their subtree
     */
    public boolean requireSees(Viewer viewer, Directive directive) {
        boolean all = seesAllOf(viewer, directive);
        if (!all && !seesPartOf(viewer, directive)) {
            throw ApiException.forbidden("directive " + directive.number() + " is not your unit's business");
        }
        return all;
    }

    public boolean sees(AppUser user, Assignment assignment) {
        return covers(user, assignment.unitId())
                || seesAllOf(user, directives.findById(assignment.directiveId()).orElseThrow());
    }

    public void requireSees(AppUser user, Directive directive) {
        if (!sees(user, directive)) {
            throw ApiException.forbidden("directive " + directive.number() + " is not your unit's business");
        }
    }

    public void requireSees(AppUser user, Assignment assignment) {
        if (!sees(user, assignment)) {
            throw ApiException.forbidden("assignment " + assignment.id() + " is not your unit's business");
        }
    }

    public void requireOwnUnit(AppUser user, String unitId, String what) {
        if (!user.admin() && !unitId.equals(user.unitId())) {
            throw ApiException.forbidden("only unit " + unitId + " may " + what);
        }
    }

    private Optional<Unit> myUnit(AppUser user) {
        return user.unitId() == null ? Optional.empty() : units.findById(user.unitId());
    }

    private Directive parentDirective(Directive d) {
        if (d.parentAssignmentId() == null) {
            return null;
        }
        return assignments.findById(d.parentAssignmentId())
                .flatMap(a -> directives.findById(a.directiveId())).orElse(null);
    }
}
