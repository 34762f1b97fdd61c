package vn.giaoviec.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class LateCaseRepository {

    private static final RowMapper<LateCase> CASE = (rs, i) -> new LateCase(rs.getLong("id"),
            rs.getLong("directive_id"), rs.getObject("deadline", LocalDate.class), rs.getString("kind"),
            rs.getInt("esc_level"), rs.getString("unit_id"), rs.getString("assignee"), rs.getString("state"),
            rs.getString("process_instance_id"));

    private final JdbcClient jdbc;

    LateCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LateCase> findById(long id) {
        return jdbc.sql("select * from deadline_case where id = ?").param(id).query(CASE).optional();
    }

    /** Locks the case's row: its list is rewritten by one transaction at a time. */
    Optional<LateCase> lock(long id) {
        return jdbc.sql("select * from deadline_case where id = ? for update").param(id).query(CASE).optional();
    }

    Optional<LateCase> find(long directiveId, LocalDate deadline, String kind, int level) {
        return jdbc.sql("select * from deadline_case where directive_id = ? and deadline = ? and kind = ? and esc_level = ?")
                .params(directiveId, deadline, kind, level).query(CASE).optional();
    }

    public List<LateCase> open(long directiveId, LocalDate deadline) {
        return jdbc.sql("select * from deadline_case where directive_id = ? and deadline = ? and state = ? order by id")
                .params(directiveId, deadline, LateCase.OPEN).query(CASE).list();
    }

    public List<LateCase> ofDirective(long directiveId) {
        return jdbc.sql("select * from deadline_case where directive_id = ? order by id").param(directiveId)
                .query(CASE).list();
    }

    long insert(long directiveId, LocalDate deadline, String kind, int level, String unitId, String assignee,
                Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into deadline_case (directive_id, deadline, kind, esc_level, unit_id, assignee, state, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(directiveId, deadline, kind, level, unitId, assignee, LateCase.OPEN, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update deadline_case set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void reopen(long id) {
        jdbc.sql("update deadline_case set state = ?, closed_at = null where id = ?").params(LateCase.OPEN, id).update();
    }

    void close(long id, Instant at) {
        jdbc.sql("update deadline_case set state = ?, closed_at = ? where id = ? and state = ?")
                .params(LateCase.CLOSED, Timestamp.from(at), id, LateCase.OPEN).update();
    }

    public int closeOfDirectives(Collection<Long> directiveIds, Instant at) {
        return directiveIds.isEmpty() ? 0 : jdbc.sql("update deadline_case set state = :closed, closed_at = :at"
                        + " where directive_id in (:ids) and state = :open")
                .param("closed", LateCase.CLOSED).param("at", Timestamp.from(at)).param("open", LateCase.OPEN)
                .param("ids", directiveIds).update();
    }

    public List<String> processInstancesOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select process_instance_id from deadline_case"
                        + " where directive_id in (:ids) and process_instance_id is not null order by id")
                .param("ids", directiveIds).query(String.class).list();
    }
}
