package vn.giaoviec.directive.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.giaoviec.kernel.Lines;

@Repository
public class AssignmentRepository {

    /** Maps the columns of {@code assignment} (for read models that join it with other tables). */
    public static final RowMapper<Assignment> ASSIGNMENT = AssignmentRepository::map;

    /** A new assignment before it has an id. */
    public record NewAssignment(String unitId, LocalDate deadline, List<String> itemNos, List<String> coordinators) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AssignmentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Batched insert; rows are numbered into batches of {@code batchSize} for the issuing jobs. */
    public void insertAll(long directiveId, List<NewAssignment> assignments, int batchSize) {
        List<Object[]> rows = new java.util.ArrayList<>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            NewAssignment a = assignments.get(i);
            rows.add(new Object[]{directiveId, a.unitId(), a.deadline(), String.join(",", a.itemNos()),
                    Lines.join(a.coordinators()), i / batchSize, Assignment.ISSUED});
        }
        template.batchUpdate("""
                insert into assignment (directive_id, unit_id, deadline, item_nos, coordinators, batch_no, state)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    public Optional<Assignment> findById(long id) {
        return jdbc.sql("select * from assignment where id = ?").param(id).query(ASSIGNMENT).optional();
    }

    public List<Assignment> ofDirective(long directiveId) {
        return jdbc.sql("select * from assignment where directive_id = ? order by id").param(directiveId)
                .query(ASSIGNMENT).list();
    }

    public List<Assignment> ofDirectives(Collection<Long> directiveIds) {
        if (directiveIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assignment where directive_id in (:ids) order by id")
                .param("ids", directiveIds).query(ASSIGNMENT).list();
    }

    public List<Assignment> ofUnit(String unitId) {
        return jdbc.sql("select * from assignment where unit_id = ? order by id desc").param(unitId)
                .query(ASSIGNMENT).list();
    }

    List<Assignment> notStartedInBatch(long directiveId, int batchNo) {
        return jdbc.sql("select * from assignment where directive_id = ? and batch_no = ? and process_instance_id is null"
                + " order by id").params(directiveId, batchNo).query(ASSIGNMENT).list();
    }

    /**
     * Whether any assignment of the directive is still open. Asked under the directive's lock after every
     * acceptance: stopping at the first open one, not counting all (5 ms for 50,000 units, 0.2 ms).
     */
    public boolean anyOpen(long directiveId) {
        return jdbc.sql("select exists (select 1 from assignment where directive_id = ? and state not in (?, ?))")
                .params(directiveId, Assignment.ACCEPTED, Assignment.CANCELLED).query(Boolean.class).single();
    }

    public int batchCount(long directiveId) {
        return jdbc.sql("select coalesce(max(batch_no), -1) + 1 from assignment where directive_id = ?")
                .param(directiveId).query(Integer.class).single();
    }

    void setProcessInstances(List<Object[]> idAndInstance) {
        template.batchUpdate("update assignment set process_instance_id = ? where id = ?",
                idAndInstance.stream().map(r -> new Object[]{r[1], r[0]}).toList());
    }

    void received(long id, String mode, String assignee, Long childDirectiveId, Instant at) {
        jdbc.sql("update assignment set state = ?, mode = ?, assignee = ?, child_directive_id = ?, received_at = ?,"
                        + " version = version + 1 where id = ?")
                .params(Assignment.RECEIVED, mode, assignee, childDirectiveId, Timestamp.from(at), id).update();
    }

    void reported(long id, boolean late, Instant at) {
        jdbc.sql("update assignment set state = ?, late = (late or ?), first_reported_at = coalesce(first_reported_at, ?),"
                        + " version = version + 1 where id = ?")
                .params(Assignment.REPORTED, late, Timestamp.from(at), id).update();
    }

    void returned(long id, LocalDate resubmissionDue) {
        jdbc.sql("update assignment set state = ?, resubmission_due = ?, version = version + 1 where id = ?")
                .params(Assignment.RETURNED, resubmissionDue, id).update();
    }

    void accepted(long id, Instant at) {
        jdbc.sql("update assignment set state = ?, completed_at = ?, version = version + 1 where id = ?")
                .params(Assignment.ACCEPTED, Timestamp.from(at), id).update();
    }

    // --- the deadline machinery's changes (extension, reassignment, lateness, withdrawal) ---

    /** A new deadline; the first one is kept as the original. */
    public void extended(long id, LocalDate deadline) {
        jdbc.sql("update assignment set original_deadline = coalesce(original_deadline, deadline), deadline = ?,"
                + " version = version + 1 where id = ?").params(deadline, id).update();
    }

    public void resubmissionExtended(long id, LocalDate due) {
        jdbc.sql("update assignment set resubmission_due = ?, version = version + 1 where id = ?").params(due, id).update();
    }

    /** The issuer recorded the lateness: the assignment counts as late whenever it completes. */
    public void markLate(long id) {
        jdbc.sql("update assignment set late = true, version = version + 1 where id = ?").param(id).update();
    }

    void assigneeChanged(long id, String assignee) {
        jdbc.sql("update assignment set assignee = ?, version = version + 1 where id = ?").params(assignee, id).update();
    }

    /** Reassigned to another unit: it starts over there, from receipt, under a new process. */
    void movedToUnit(long id, String unitId) {
        jdbc.sql("update assignment set unit_id = ?, state = ?, mode = null, assignee = null, received_at = null,"
                        + " process_instance_id = null, version = version + 1 where id = ?")
                .params(unitId, Assignment.ISSUED, id).update();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update assignment set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** Child directives issued to implement assignments of these directives. */
    public List<Long> childDirectivesOf(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select child_directive_id from assignment"
                        + " where directive_id in (:ids) and child_directive_id is not null order by id")
                .param("ids", directiveIds).query(Long.class).list();
    }

    /** Every open assignment of these directives becomes CANCELLED (withdrawal); returns how many. */
    public int cancelOpen(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? 0 : jdbc.sql("update assignment set state = :cancelled, version = version + 1"
                        + " where directive_id in (:ids) and state not in (:accepted, :cancelled)")
                .param("cancelled", Assignment.CANCELLED).param("accepted", Assignment.ACCEPTED)
                .param("ids", directiveIds).update();
    }

    public List<String> processInstancesCancelled(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select process_instance_id from assignment"
                        + " where directive_id in (:ids) and state = :cancelled and process_instance_id is not null"
                        + " order by id")
                .param("ids", directiveIds).param("cancelled", Assignment.CANCELLED).query(String.class).list();
    }

    private static Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("unit_id"),
                rs.getObject("deadline", LocalDate.class), List.of(rs.getString("item_nos").split(",")),
                Lines.split(rs.getString("coordinators")), rs.getString("state"), rs.getString("mode"),
                rs.getString("assignee"), rs.getObject("child_directive_id", Long.class),
                rs.getString("process_instance_id"), rs.getObject("resubmission_due", LocalDate.class),
                rs.getBoolean("late"), instant(rs, "received_at"), instant(rs, "first_reported_at"),
                instant(rs, "completed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
