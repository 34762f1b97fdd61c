package vn.giaoviec.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.giaoviec.directive.assignment.AssignmentDeadlines.Escalation;

/**
 * An assignment's deadline history: REMINDER, OVERDUE, FOLLOW_UP, ESCALATED, EXTENDED, REASSIGNED,
 * LATENESS, EXTENSION_REFUSED — each notification kept as a record. Events of the unit's reports in
 * a report round carry the round report's id.
 */
@Repository
class EscalationRepository {

    static final String REMINDER = "REMINDER";
    static final String OVERDUE = "OVERDUE";
    static final String FOLLOW_UP = "FOLLOW_UP";
    static final String ESCALATED = "ESCALATED";
    static final String EXTENDED = "EXTENDED";
    static final String REASSIGNED = "REASSIGNED";
    static final String LATENESS = "LATENESS";
    static final String EXTENSION_REFUSED = "EXTENSION_REFUSED";

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long assignmentId, Long roundReportId, String type, Instant at, String to, String note) {
        jdbc.sql("insert into assignment_event (assignment_id, round_report_id, type, at, recipient, note)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(assignmentId, roundReportId, type, Timestamp.from(at), to, note).update();
    }

    List<Escalation> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from assignment_event where assignment_id = ? order by at, id").param(assignmentId)
                .query((rs, i) -> new Escalation(rs.getString("type"), rs.getTimestamp("at").toInstant(),
                        rs.getString("recipient"), rs.getString("note"), rs.getObject("round_report_id", Long.class)))
                .list();
    }
}
