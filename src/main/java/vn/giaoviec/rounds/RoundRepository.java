package vn.giaoviec.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.giaoviec.directive.assignment.Report;

/** Report rounds and the units' reports in them. */
@Repository
public class RoundRepository {

    private static final RowMapper<ReportRound> ROUND = (rs, i) -> new ReportRound(rs.getLong("id"),
            rs.getLong("directive_id"), rs.getString("kind"), rs.getString("period_kind"), rs.getString("subject"),
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            rs.getObject("deadline", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"));
    private static final RowMapper<RoundReport> REPORT = RoundRepository::report;

    /** A unit's report to create, with the open assignment it belongs to. */
    public record NewReport(String unitId, long assignmentId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RoundRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insertRound(long directiveId, String kind, String periodKind, String subject, LocalDate from, LocalDate to,
                     LocalDate deadline, Instant at, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report_round (directive_id, kind, period_kind, subject, period_from, period_to, deadline,"
                        + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(directiveId, kind, periodKind, subject, from, to, deadline, Timestamp.from(at), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertReports(long roundId, List<NewReport> reports, LocalDate deadline, int batchSize) {
        List<Object[]> rows = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            NewReport r = reports.get(i);
            rows.add(new Object[]{roundId, r.unitId(), r.assignmentId(), i / batchSize, RoundReport.OPEN, deadline});
        }
        template.batchUpdate("insert into round_report (round_id, unit_id, assignment_id, batch_no, state, deadline)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    /** Per unit with an open assignment of the directive: the unit and its oldest open assignment. */
    List<NewReport> unitsWithOpenAssignments(long directiveId) {
        return jdbc.sql("select unit_id, min(id) as assignment_id from assignment where directive_id = ?"
                        + " and state not in ('ACCEPTED', 'CANCELLED') group by unit_id order by min(id)")
                .param(directiveId).query((rs, i) -> new NewReport(rs.getString(1), rs.getLong(2))).list();
    }

    public Optional<ReportRound> round(long id) {
        return jdbc.sql("select * from report_round where id = ?").param(id).query(ROUND).optional();
    }

    boolean periodicRoundExists(long directiveId, LocalDate periodTo) {
        return jdbc.sql("select count(*) from report_round where directive_id = ? and kind = ? and period_to = ?")
                .params(directiveId, ReportRound.PERIODIC, periodTo).query(Integer.class).single() > 0;
    }

    public List<ReportRound> roundsOf(long directiveId) {
        return jdbc.sql("select * from report_round where directive_id = ? order by id").param(directiveId)
                .query(ROUND).list();
    }

    int batchCount(long roundId) {
        return jdbc.sql("select coalesce(max(batch_no), -1) + 1 from round_report where round_id = ?").param(roundId)
                .query(Integer.class).single();
    }

    List<RoundReport> notStartedInBatch(long roundId, int batchNo) {
        return jdbc.sql("select * from round_report where round_id = ? and batch_no = ? and process_instance_id is null"
                        + " and state = ? order by id")
                .params(roundId, batchNo, RoundReport.OPEN).query(REPORT).list();
    }

    void setProcessInstances(List<Object[]> idAndInstance) {
        template.batchUpdate("update round_report set process_instance_id = ? where id = ?",
                idAndInstance.stream().map(r -> new Object[]{r[1], r[0]}).toList());
    }

    public Optional<RoundReport> report(long id) {
        return jdbc.sql("select * from round_report where id = ?").param(id).query(REPORT).optional();
    }

    public List<RoundReport> reportsOf(long roundId) {
        return jdbc.sql("select * from round_report where round_id = ? order by id").param(roundId).query(REPORT).list();
    }

    void submitted(long id, String by, Instant at, boolean late, String result, String difficulties, String proposals) {
        jdbc.sql("update round_report set state = ?, submitted_by = ?, submitted_at = ?, late = ?, result = ?,"
                        + " difficulties = ?, proposals = ? where id = ?")
                .params(RoundReport.SUBMITTED, by, Timestamp.from(at), late, result, difficulties, proposals, id).update();
    }

    public void deadline(long id, LocalDate deadline) {
        jdbc.sql("update round_report set deadline = ? where id = ?").params(deadline, id).update();
    }

    public void markLate(long id) {
        jdbc.sql("update round_report set late = true where id = ?").param(id).update();
    }

    /** Open reports of the rounds of these directives become CANCELLED (withdrawal). */
    int cancelOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? 0 : jdbc.sql("update round_report set state = :cancelled where state = :open"
                        + " and round_id in (select id from report_round where directive_id in (:ids))")
                .param("cancelled", RoundReport.CANCELLED).param("open", RoundReport.OPEN).param("ids", directiveIds)
                .update();
    }

    List<String> processInstancesOfDirectives(Collection<Long> directiveIds) {
        return directiveIds.isEmpty() ? List.of() : jdbc.sql("select rr.process_instance_id from round_report rr"
                        + " join report_round r on r.id = rr.round_id where r.directive_id in (:ids)"
                        + " and rr.state = :cancelled and rr.process_instance_id is not null order by rr.id")
                .param("ids", directiveIds).param("cancelled", RoundReport.CANCELLED).query(String.class).list();
    }

    private static RoundReport report(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new RoundReport(rs.getLong("id"), rs.getLong("round_id"), rs.getString("unit_id"),
                rs.getLong("assignment_id"), rs.getString("state"), rs.getObject("deadline", LocalDate.class),
                rs.getString("process_instance_id"), submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by"), rs.getBoolean("late"), rs.getString("result"),
                rs.getString("difficulties"), rs.getString("proposals"));
    }
}
