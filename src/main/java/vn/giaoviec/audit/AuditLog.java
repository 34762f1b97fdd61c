package vn.giaoviec.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/**
 * The audit trail: who did what to which directive or assignment, from which unit, when and through
 * which door — written once, in the transaction of the action (an action refused or rolled back leaves
 * no row), never changed afterwards (the table refuses UPDATE and DELETE). The actor is the user the
 * engine acts for (Tasklist, /engine-rest, our API completing a task), else the API's logged-in user,
 * else nobody: the engine's own timers.
 */
@Component
public class AuditLog {

    /** One row as the API and the reports show it. */
    public record Entry(Instant at, String user, String unit, Door door, String action, Long directive,
                        Long assignment, String details) {
    }

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final UnitRepository units;

    AuditLog(JdbcClient jdbc, IdentityService identity, UnitRepository units) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.units = units;
    }

    public void record(String action, Long directiveId, Long assignmentId, String details) {
        String user = actor();
        write(user, user == null ? null : units.person(user).map(p -> p.unitId()).orElse(null), Door.current(),
                action, directiveId, assignmentId, details);
    }

    /** A login refused: the name tried, no unit (the name may be nobody's). */
    void loginFailed(String user, Door door) {
        write(user, null, door, "LOGIN_FAILED", null, null, null);
    }

    /** The rows of these directives, oldest first. */
    public List<Entry> ofDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select * from audit_event where directive_id in (:ids)"
                        + " order by id").param("ids", directiveIds)
                .query((rs, i) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                        rs.getString("unit_id"), Door.valueOf(rs.getString("door")), rs.getString("action"),
                        rs.getObject("directive_id", Long.class), rs.getObject("assignment_id", Long.class),
                        rs.getString("details")))
                .list();
    }

    private void write(String user, String unit, Door door, String action, Long directiveId, Long assignmentId,
                       String details) {
        String text = details == null || details.length() <= 4000 ? details : details.substring(0, 3999) + "…";
        jdbc.sql("insert into audit_event (at, user_id, unit_id, door, action, directive_id, assignment_id, details)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Time.now()), user, unit, door.name(), action, directiveId, assignmentId, text)
                .update();
    }

    private String actor() {
        Authentication engineUser = identity.getCurrentAuthentication();
        if (engineUser != null) {
            return engineUser.getUserId();
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AppUser user ? user.id() : null;
    }
}
