package vn.giaoviec.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class GroupRepository {

    /** As long as a job may run before another node takes it over (application.yaml, lock-time-in-millis). */
    private static final int JOIN_PATIENCE_MS = 120_000;

    private final JdbcClient jdbc;
    private final boolean shareLocks;

    GroupRepository(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        // H2 knows only exclusive row locks: there, issuing batches that join one group take turns
        this.shareLocks = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                meta -> meta.getDatabaseProductName()));
    }

    long insert(long directiveId, LocalDate due, boolean shared, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into deadline_group (directive_id, due, shared, state, created_at) values (?, ?, ?, ?, ?)")
                .params(directiveId, due, shared, Watch.OPEN, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<DeadlineGroup> findById(long id) {
        return jdbc.sql("select * from deadline_group where id = ?").param(id).query(GroupRepository::map).optional();
    }

    /** The open shared groups of this directive and deadline whose steps have not fired yet. */
    List<Long> joinable(long directiveId, LocalDate due) {
        return jdbc.sql("select id from deadline_group where directive_id = ? and due = ? and shared = true and state = ?"
                        + " and reminded_at is null and overdue_at is null and esc_level = 0 order by id")
                .params(directiveId, due, Watch.OPEN).query(Long.class).list();
    }

    /**
     * Locks the group for a new member if it still takes one. The row lock holds until the joining
     * transaction commits, so a step firing at that moment waits for it and then sees the new member;
     * a step that fired first makes this false. Joiners share the lock, so issuing batches running side
     * by side do not wait for each other.
     */
    boolean lockToJoin(long id) {
        String joinable = " where id = ? and state = ? and reminded_at is null and overdue_at is null and esc_level = 0";
        if (shareLocks) {
            return jdbc.sql("select id from deadline_group" + joinable + " for share").params(id, Watch.OPEN)
                    .query(Long.class).optional().isPresent();
        }
        // H2 gives up on a row lock after a second or two, and a batch holding the group takes longer
        jdbc.sql("set lock_timeout " + JOIN_PATIENCE_MS).update();
        return jdbc.sql("update deadline_group set state = state" + joinable).params(id, Watch.OPEN).update() == 1;
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update deadline_group set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** The step fires for the group (and locks it against joiners until the step's transaction ends). */
    void reminded(long id, Instant at) {
        jdbc.sql("update deadline_group set reminded_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    void overdue(long id, Instant at) {
        jdbc.sql("update deadline_group set overdue_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    void escalated(long id, int level) {
        jdbc.sql("update deadline_group set esc_level = ? where id = ?").params(level, id).update();
    }

    int cancelOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? 0
                : jdbc.sql("update deadline_group set state = :cancelled where directive_id in (:ids) and state = :open")
                .param("cancelled", Watch.CANCELLED).param("open", Watch.OPEN).param("ids", directiveIds).update();
    }

    List<String> processInstancesCancelled(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select process_instance_id from deadline_group"
                        + " where directive_id in (:ids) and state = :cancelled and process_instance_id is not null order by id")
                .param("ids", directiveIds).param("cancelled", Watch.CANCELLED).query(String.class).list();
    }

    private static DeadlineGroup map(ResultSet rs, int row) throws SQLException {
        return new DeadlineGroup(rs.getLong("id"), rs.getLong("directive_id"), rs.getObject("due", LocalDate.class),
                rs.getBoolean("shared"), rs.getString("state"), instant(rs, "reminded_at"), instant(rs, "overdue_at"),
                rs.getInt("esc_level"), rs.getString("process_instance_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
