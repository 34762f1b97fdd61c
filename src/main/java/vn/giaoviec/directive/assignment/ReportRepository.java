package vn.giaoviec.directive.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ReportRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(long assignmentId, String by, Instant at, LocalDate due, boolean late, List<Report.Item> items,
                       String difficulties, String proposals) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report (assignment_id, submitted_by, submitted_at, due, late, difficulties, proposals)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(assignmentId, by, Timestamp.from(at), due, late, difficulties, proposals)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        template.batchUpdate("insert into report_item (report_id, item_no, status, result) values (?, ?, ?, ?)",
                items.stream().map(i -> new Object[]{id, i.no(), i.status(), i.result()}).toList());
        return id;
    }

    public void review(long reportId, String decision, String comment, String by, Instant at) {
        jdbc.sql("update report set decision = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(decision, comment, by, Timestamp.from(at), reportId).update();
    }

    /** Every report of the assignment, oldest first. */
    public List<Report> ofAssignment(long assignmentId) {
        return ofAssignments(List.of(assignmentId)).getOrDefault(assignmentId, List.of());
    }

    public Optional<Report> latest(long assignmentId) {
        List<Report> all = ofAssignment(assignmentId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Reports of many assignments in two queries, grouped by assignment, oldest first. */
    public Map<Long, List<Report>> ofAssignments(Collection<Long> assignmentIds) {
        return assignmentIds.isEmpty() ? new HashMap<>() : load("r.assignment_id in (:ids)", assignmentIds);
    }

    /** Reports on every assignment of these directives in two queries, grouped by assignment, oldest first. */
    public Map<Long, List<Report>> ofDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? new HashMap<>()
                : load("r.assignment_id in (select id from assignment where directive_id in (:ids))", directiveIds);
    }

    private Map<Long, List<Report>> load(String where, Collection<Long> ids) {
        Map<Long, List<Report>> result = new HashMap<>();
        Map<Long, List<Report.Item>> items = new HashMap<>();
        jdbc.sql("select ri.* from report_item ri join report r on r.id = ri.report_id where " + where
                        + " order by ri.report_id, ri.item_no")
                .param("ids", ids)
                .query((rs, i) -> items.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                        .add(new Report.Item(rs.getString("item_no"), rs.getString("status"), rs.getString("result"))))
                .list();
        jdbc.sql("select r.* from report r where " + where + " order by r.id").param("ids", ids)
                .query((rs, i) -> {
                    Timestamp reviewed = rs.getTimestamp("reviewed_at");
                    long id = rs.getLong("id");
                    Report report = new Report(id, rs.getLong("assignment_id"), rs.getString("submitted_by"),
                            rs.getTimestamp("submitted_at").toInstant(), rs.getObject("due", LocalDate.class),
                            rs.getBoolean("late"), items.getOrDefault(id, List.of()), rs.getString("difficulties"),
                            rs.getString("proposals"), rs.getString("decision"), rs.getString("review_comment"),
                            rs.getString("reviewed_by"), reviewed == null ? null : reviewed.toInstant());
                    result.computeIfAbsent(report.assignmentId(), k -> new ArrayList<>()).add(report);
                    return report;
                }).list();
        return result;
    }
}
