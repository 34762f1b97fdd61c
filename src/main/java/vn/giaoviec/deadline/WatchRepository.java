package vn.giaoviec.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class WatchRepository {

    private static final RowMapper<Watch> WATCH = WatchRepository::map;

    private final JdbcClient jdbc;

    WatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long directiveId, long assignmentId, Long roundReportId, String unitId, LocalDate due, long groupId,
                Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into deadline_watch (directive_id, assignment_id, round_report_id, unit_id, due, state, group_id,"
                        + " armed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(directiveId, assignmentId, roundReportId, unitId, due, Watch.OPEN, groupId, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Watch> findById(long id) {
        return jdbc.sql("select * from deadline_watch where id = ?").param(id).query(WATCH).optional();
    }

    /** The watch of an assignment's own work (not of its round reports). */
    public Optional<Watch> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from deadline_watch where assignment_id = ? and round_report_id is null")
                .param(assignmentId).query(WATCH).optional();
    }

    /** The assignments' own watches (not their round reports'), by assignment; one query for an issuing batch. */
    Map<Long, Watch> ofAssignments(Collection<Long> assignmentIds) {
        Map<Long, Watch> result = new HashMap<>();
        if (!assignmentIds.isEmpty()) {
            jdbc.sql("select * from deadline_watch where assignment_id in (:ids) and round_report_id is null")
                    .param("ids", assignmentIds).query(WATCH).list().forEach(w -> result.put(w.assignmentId(), w));
        }
        return result;
    }

    public Optional<Watch> ofRoundReport(long roundReportId) {
        return jdbc.sql("select * from deadline_watch where round_report_id = ?").param(roundReportId)
                .query(WATCH).optional();
    }

    /** The late units of a follow-up: open watches of the directive and deadline whose deadline has passed. */
    List<Watch> overdue(long directiveId, LocalDate due) {
        return jdbc.sql("select * from deadline_watch where directive_id = ? and due = ? and state = ?"
                        + " and overdue_at is not null order by unit_id, id")
                .params(directiveId, due, Watch.OPEN).query(WATCH).list();
    }

    /** The late units of an escalation level: escalated that far and not yet decided on. */
    List<Watch> escalated(long directiveId, LocalDate due, int level) {
        return jdbc.sql("select * from deadline_watch where directive_id = ? and due = ? and state = ?"
                        + " and esc_level >= ? and decision is null order by unit_id, id")
                .params(directiveId, due, Watch.OPEN, level).query(WATCH).list();
    }

    /** What a late unit still owes, read with its watch: the assignment's state and items, or the round's subject. */
    public record Owed(String assignmentState, String itemNos, Long childDirectiveId, String roundSubject) {
    }

    java.util.Map<Long, Owed> owed(Collection<Long> watchIds) {
        java.util.Map<Long, Owed> result = new java.util.HashMap<>();
        if (watchIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select w.id, a.state, a.item_nos, a.child_directive_id, r.subject from deadline_watch w"
                        + " join assignment a on a.id = w.assignment_id"
                        + " left join round_report rr on rr.id = w.round_report_id"
                        + " left join report_round r on r.id = rr.round_id where w.id in (:ids)")
                .param("ids", watchIds)
                .query((rs, i) -> result.put(rs.getLong(1), new Owed(rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5))))
                .list();
        return result;
    }

    public List<Watch> ofDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of()
                : jdbc.sql("select * from deadline_watch where directive_id in (:ids) order by id")
                .param("ids", directiveIds).query(WATCH).list();
    }

    /** The units a group's step acts on: its open watches. */
    List<Watch> openInGroup(long groupId) {
        return jdbc.sql("select * from deadline_watch where group_id = ? and state = ? order by unit_id, id")
                .params(groupId, Watch.OPEN).query(WATCH).list();
    }

    boolean anyUndecidedInGroup(long groupId) {
        return jdbc.sql("select count(*) from deadline_watch where group_id = ? and state = ? and decision is null")
                .params(groupId, Watch.OPEN).query(Long.class).single() > 0;
    }

    // set-based: one statement for all the units of a group, however many

    void remindedInGroup(long groupId, Instant at) {
        jdbc.sql("update deadline_watch set reminded_at = ? where group_id = ? and state = ? and reminded_at is null")
                .params(Timestamp.from(at), groupId, Watch.OPEN).update();
    }

    void overdueInGroup(long groupId, Instant at) {
        jdbc.sql("update deadline_watch set overdue_at = ? where group_id = ? and state = ? and overdue_at is null")
                .params(Timestamp.from(at), groupId, Watch.OPEN).update();
    }

    void escalatedInGroup(long groupId, int level) {
        jdbc.sql("update deadline_watch set esc_level = ? where group_id = ? and state = ? and decision is null")
                .params(level, groupId, Watch.OPEN).update();
    }


    void decided(long id, String decision) {
        jdbc.sql("update deadline_watch set decision = ? where id = ?").params(decision, id).update();
    }

    void unit(long id, String unitId) {
        jdbc.sql("update deadline_watch set unit_id = ? where id = ?").params(unitId, id).update();
    }

    void closed(long id, String state) {
        jdbc.sql("update deadline_watch set state = ? where id = ?").params(state, id).update();
    }

    /** A fresh start for a new deadline, in a group of its own: nothing fired yet, no decision taken. */
    void rearmed(long id, LocalDate due, long groupId, Instant at) {
        jdbc.sql("update deadline_watch set due = ?, state = ?, reminded_at = null, overdue_at = null, esc_level = 0,"
                        + " decision = null, group_id = ?, armed_at = ? where id = ?")
                .params(due, Watch.OPEN, groupId, Timestamp.from(at), id).update();
    }

    public int cancelOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? 0
                : jdbc.sql("update deadline_watch set state = :cancelled where directive_id in (:ids) and state = :open")
                .param("cancelled", Watch.CANCELLED).param("open", Watch.OPEN).param("ids", directiveIds).update();
    }


    private static Watch map(ResultSet rs, int row) throws SQLException {
        return new Watch(rs.getLong("id"), rs.getLong("directive_id"), rs.getLong("assignment_id"),
                rs.getObject("round_report_id", Long.class), rs.getString("unit_id"),
                rs.getObject("due", LocalDate.class), rs.getString("state"), instant(rs, "reminded_at"),
                instant(rs, "overdue_at"), rs.getInt("esc_level"), rs.getString("decision"),
                rs.getObject("group_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
