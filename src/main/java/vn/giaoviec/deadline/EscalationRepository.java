package vn.giaoviec.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An assignment's deadline history: REMINDER, OVERDUE, FOLLOW_UP, ESCALATED, EXTENDED, REASSIGNED. */
@Repository
public class EscalationRepository {

    public record Escalation(String type, Instant at, String to, String note) {
    }

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long assignmentId, String type, Instant at, String to, String note) {
        jdbc.sql("insert into assignment_event (assignment_id, type, at, recipient, note) values (?, ?, ?, ?, ?)")
                .params(assignmentId, type, Timestamp.from(at), to, note).update();
    }

    public List<Escalation> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from assignment_event where assignment_id = ? order by at, id").param(assignmentId)
                .query((rs, i) -> new Escalation(rs.getString("type"), rs.getTimestamp("at").toInstant(),
                        rs.getString("recipient"), rs.getString("note")))
                .list();
    }
}
