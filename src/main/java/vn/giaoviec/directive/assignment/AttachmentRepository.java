package vn.giaoviec.directive.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.giaoviec.directive.assignment.Attachments.Owner;
import vn.giaoviec.directive.assignment.Attachments.Step;

@Repository
class AttachmentRepository {

    /** Where a file is attached, and whether its step has been completed. */
    record Link(long documentId, long directiveId, Long assignmentId, Step step, Long reportId, Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Owner owner, Collection<Long> documentIds) {
        documentIds.forEach(id -> jdbc.sql("insert into attachment (document_id, directive_id, assignment_id, step)"
                        + " values (?, ?, ?, ?)")
                .params(id, owner.directiveId(), owner.assignmentId(), owner.step().name()).update());
    }

    Optional<Link> find(long documentId) {
        return jdbc.sql("select * from attachment where document_id = ?").param(documentId).query(this::map).optional();
    }

    /** Files prepared for the step and not yet submitted with it. */
    List<Link> staged(Owner owner) {
        return jdbc.sql("select * from attachment where directive_id = ? and step = ? and submitted_at is null and "
                        + (owner.assignmentId() == null ? "assignment_id is null" : "assignment_id = " + owner.assignmentId())
                        + " order by document_id")
                .params(owner.directiveId(), owner.step().name()).query(this::map).list();
    }

    long stagedBytes(Owner owner) {
        List<Long> ids = staged(owner).stream().map(Link::documentId).toList();
        return ids.isEmpty() ? 0 : jdbc.sql("select coalesce(sum(byte_size), 0) from document_file where id in (:ids)")
                .param("ids", ids).query(Long.class).single();
    }

    /** The step was completed: its prepared files become part of it (as the step it turned out to be). */
    void submit(Owner owner, Step as, Long reportId, Instant at) {
        List<Long> ids = staged(owner).stream().map(Link::documentId).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("update attachment set submitted_at = :at, step = :step, report_id = :report where document_id in (:ids)")
                    .param("at", Timestamp.from(at)).param("step", as.name()).param("report", reportId)
                    .param("ids", ids).update();
        }
    }

    List<Link> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from attachment where assignment_id = ? order by document_id").param(assignmentId)
                .query(this::map).list();
    }

    /** Every file of the directive: its own (the final report's) and its assignments'. */
    List<Link> ofDirective(long directiveId) {
        return jdbc.sql("select * from attachment where directive_id = ? order by document_id").param(directiveId)
                .query(this::map).list();
    }

    void delete(long documentId) {
        jdbc.sql("delete from attachment where document_id = ?").param(documentId).update();
    }

    private Link map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Link(rs.getLong("document_id"), rs.getLong("directive_id"), rs.getObject("assignment_id", Long.class),
                Step.valueOf(rs.getString("step")), rs.getObject("report_id", Long.class),
                submitted == null ? null : submitted.toInstant());
    }
}
