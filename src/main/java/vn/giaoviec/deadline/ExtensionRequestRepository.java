package vn.giaoviec.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
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
public class ExtensionRequestRepository {

    private static final RowMapper<ExtensionRequest> REQUEST = ExtensionRequestRepository::map;

    private final JdbcClient jdbc;

    ExtensionRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long assignmentId, String by, Instant at, LocalDate current, LocalDate wanted, String reason) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into extension_request (assignment_id, requested_by, requested_at, current_deadline,"
                        + " new_deadline, reason, state) values (?, ?, ?, ?, ?, ?, ?)")
                .params(assignmentId, by, Timestamp.from(at), current, wanted, reason, ExtensionRequest.PENDING)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ExtensionRequest> findById(long id) {
        return jdbc.sql("select * from extension_request where id = ?").param(id).query(REQUEST).optional();
    }

    public List<ExtensionRequest> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from extension_request where assignment_id = ? order by id").param(assignmentId)
                .query(REQUEST).list();
    }

    Optional<ExtensionRequest> pending(long assignmentId) {
        return jdbc.sql("select * from extension_request where assignment_id = ? and state = ? order by id")
                .params(assignmentId, ExtensionRequest.PENDING).query(REQUEST).list().stream().findFirst();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update extension_request set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void decided(long id, String state, String by, Instant at, LocalDate granted, String comment) {
        jdbc.sql("update extension_request set state = ?, decided_by = ?, decided_at = ?, granted_deadline = ?,"
                        + " comment = ? where id = ?")
                .params(state, by, Timestamp.from(at), granted, comment, id).update();
    }

    public int cancelOfDirectives(Collection<Long> directiveIds, Instant at) {
        return directiveIds.isEmpty() ? 0 : jdbc.sql("update extension_request set state = :cancelled, decided_at = :at"
                        + " where state = :pending and assignment_id in (select id from assignment where directive_id in (:ids))")
                .param("cancelled", ExtensionRequest.CANCELLED).param("pending", ExtensionRequest.PENDING)
                .param("at", Timestamp.from(at)).param("ids", directiveIds).update();
    }

    public List<String> processInstancesOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select process_instance_id from extension_request"
                        + " where state = :cancelled and process_instance_id is not null"
                        + " and assignment_id in (select id from assignment where directive_id in (:ids)) order by id")
                .param("cancelled", ExtensionRequest.CANCELLED).param("ids", directiveIds).query(String.class).list();
    }

    private static ExtensionRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ExtensionRequest(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getObject("current_deadline", LocalDate.class),
                rs.getObject("new_deadline", LocalDate.class), rs.getString("reason"), rs.getString("state"),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getObject("granted_deadline", LocalDate.class), rs.getString("comment"),
                rs.getString("process_instance_id"));
    }
}
