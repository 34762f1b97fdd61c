package vn.giaoviec.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.giaoviec.kernel.Lines;

@Repository
public class DirectiveRepository {

    private static final RowMapper<Directive> DIRECTIVE = DirectiveRepository::directive;
    private static final RowMapper<Directive.Item> ITEM = (rs, i) -> new Directive.Item(rs.getLong("id"),
            rs.getLong("directive_id"), rs.getString("no"), rs.getString("text"),
            Lines.split(rs.getString("recipients")), Lines.split(rs.getString("recipient_names")),
            Lines.split(rs.getString("coordinators")), date(rs, "deadline"), rs.getString("deadline_text"),
            rs.getString("recurrence"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DirectiveRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Directive> findById(long id) {
        return jdbc.sql("select * from directive where id = ?").param(id).query(DIRECTIVE).optional();
    }

    public List<Directive> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("select * from directive where id in (:ids)").param("ids", ids).query(DIRECTIVE).list();
    }

    /** Directives printed with this number (one per issuer and year), newest first. */
    public List<Directive> findByNumber(String number) {
        return jdbc.sql("select * from directive where number = ? order by number_year desc, id desc").param(number)
                .query(DIRECTIVE).list();
    }

    /** Locks the directive's row, so that concurrent completions of its assignments count one at a time. */
    public Optional<Directive> lock(long id) {
        return jdbc.sql("select * from directive where id = ? for update").param(id).query(DIRECTIVE).optional();
    }

    public List<Directive.Item> items(long directiveId) {
        return jdbc.sql("select * from directive_item where directive_id = ? order by ord").param(directiveId)
                .query(ITEM).list();
    }

    public Optional<Directive> findByParentAssignment(long assignmentId) {
        return jdbc.sql("select * from directive where parent_assignment_id = ?").param(assignmentId)
                .query(DIRECTIVE).optional();
    }

    /** Directives the given units issued or monitor, newest first. */
    public List<Directive> issuedOrMonitoredBy(List<String> unitIds) {
        return jdbc.sql("select * from directive where issuer_id in (:units) or monitoring_unit_id in (:units)"
                        + " order by issued_on desc, id desc")
                .param("units", unitIds).query(DIRECTIVE).list();
    }

    Optional<Long> findId(String issuerId, int year, int numberNo) {
        return jdbc.sql("select id from directive where issuer_id = ? and number_year = ? and number_no = ?")
                .params(issuerId, year, numberNo).query(Long.class).optional();
    }

    int nextNumber(String issuerId, int year) {
        return jdbc.sql("select coalesce(max(number_no), 0) + 1 from directive where issuer_id = ? and number_year = ?")
                .params(issuerId, year).query(Integer.class).single();
    }

    long insert(Directive d, String createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into directive (number, number_no, number_year, type, issuer_id, monitoring_unit_id,
                          place, issued_on, subject, legal_bases, periodic, final_report_by, signer_authority,
                          signer_title, signer_name, cc, issuer_name, addressees, cc_names, parent_assignment_id,
                          state, created_at, created_by, require_signed_report)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.number(), d.numberNo(), d.numberYear(), d.type(), d.issuerId(), d.monitoringUnitId(),
                        d.place(), d.issuedOn(), d.subject(), Lines.join(d.legalBases()), d.periodic(),
                        d.finalReportBy(), d.signer() == null ? null : d.signer().authority(),
                        d.signer() == null ? null : d.signer().title(), d.signer() == null ? null : d.signer().name(),
                        Lines.join(d.cc()), d.issuerName(), Lines.join(d.addressees()), Lines.join(d.ccNames()),
                        d.parentAssignmentId(), d.state(), Timestamp.from(d.createdAt()), createdBy, d.requireSignedReport())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertItems(long directiveId, List<DirectiveBody.Item> items) {
        List<Object[]> rows = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            DirectiveBody.Item item = items.get(i);
            rows.add(new Object[]{directiveId, i, item.no().trim(), item.text(), Lines.join(item.recipients()),
                    Lines.join(item.recipientNames()), Lines.join(item.coordinators()), item.deadline(),
                    item.deadlineText(), item.recurrence()});
        }
        template.batchUpdate("""
                insert into directive_item (directive_id, ord, no, text, recipients, recipient_names, coordinators,
                  deadline, deadline_text, recurrence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update directive set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public void complete(long id, Instant at) {
        jdbc.sql("update directive set state = ?, completed_at = ? where id = ? and state = ?")
                .params(Directive.COMPLETED, Timestamp.from(at), id, Directive.ACTIVE).update();
    }

    /** Active directives among these become WITHDRAWN; returns how many. */
    public int withdraw(java.util.Collection<Long> ids, String reason, Instant at) {
        return ids.isEmpty() ? 0 : jdbc.sql("update directive set state = :withdrawn, withdrawn_at = :at,"
                        + " withdrawal_reason = :reason where id in (:ids) and state = :active")
                .param("withdrawn", Directive.WITHDRAWN).param("at", Timestamp.from(at)).param("reason", reason)
                .param("active", Directive.ACTIVE).param("ids", ids).update();
    }

    /** The reminder, grace and escalation values the directive sets itself (DESIGN §3); none when it sets nothing. */
    void savePolicy(long directiveId, DeadlinePolicy policy) {
        if (policy != null && !policy.isEmpty()) {
            jdbc.sql("insert into directive_deadlines (directive_id, reminder_days, grace_days, esc_levels) values (?, ?, ?, ?)")
                    .params(directiveId, policy.reminderDays(), policy.graceDays(), policy.levels()).update();
        }
    }

    /** What {@link #savePolicy} kept: each value null where the directive left it to the deployment. */
    public DeadlinePolicy ownPolicy(long directiveId) {
        return jdbc.sql("select reminder_days, grace_days, esc_levels from directive_deadlines where directive_id = ?")
                .param(directiveId)
                .query((rs, i) -> new DeadlinePolicy(rs.getObject(1, Integer.class), rs.getObject(2, Integer.class),
                        rs.getObject(3, Integer.class)))
                .optional().orElse(new DeadlinePolicy(null, null, null));
    }

    /** The units the directive was sent to for information, resolved from its cc ids and selectors. */
    void insertCc(long directiveId, List<String> unitIds) {
        template.batchUpdate("insert into directive_cc (directive_id, unit_id) values (?, ?)",
                unitIds.stream().map(u -> new Object[]{directiveId, u}).toList());
    }

    /** {@link #ccUnits} of several directives, in one query. */
    public Map<Long, List<String>> ccUnitsOf(Collection<Long> directiveIds) {
        Map<Long, List<String>> result = new java.util.HashMap<>();
        if (!directiveIds.isEmpty()) {
            jdbc.sql("select directive_id, unit_id from directive_cc where directive_id in (:ids) order by unit_id")
                    .param("ids", directiveIds)
                    .query((rs, i) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getString(2)))
                    .list();
        }
        return result;
    }

    public List<String> ccUnits(long directiveId) {
        return jdbc.sql("select unit_id from directive_cc where directive_id = ? order by unit_id").param(directiveId)
                .query(String.class).list();
    }

    public void saveFinalReport(long id, String report) {
        jdbc.sql("update directive set final_report = ? where id = ?").params(report, id).update();
    }

    private static Directive directive(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Directive(rs.getLong("id"), rs.getString("number"), rs.getInt("number_no"),
                rs.getInt("number_year"), rs.getString("type"), rs.getString("issuer_id"),
                rs.getString("monitoring_unit_id"), rs.getString("place"), date(rs, "issued_on"),
                rs.getString("subject"), Lines.split(rs.getString("legal_bases")), rs.getString("periodic"),
                date(rs, "final_report_by"),
                new DirectiveBody.Signer(rs.getString("signer_authority"), rs.getString("signer_title"),
                        rs.getString("signer_name")),
                Lines.split(rs.getString("cc")), rs.getString("issuer_name"),
                Lines.split(rs.getString("addressees")), Lines.split(rs.getString("cc_names")),
                rs.getObject("parent_assignment_id", Long.class), rs.getString("state"),
                rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant(),
                completed == null ? null : completed.toInstant(), rs.getString("final_report"),
                rs.getBoolean("require_signed_report"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
