package vn.giaoviec.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;

/**
 * Mails are written to the {@code mail_outbox} table in the transaction that decides them, and sent
 * from there once it has committed ({@link OutboxSender}): a rolled-back attempt sends nothing, and a
 * server that dies before sending loses nothing — the next node to run the sender sends it.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void queue(Mail mail) {
        List<String> addresses = mail.to().stream().map(Person::email).filter(Objects::nonNull)
                .filter(e -> !e.isBlank()).distinct().toList();
        if (addresses.isEmpty()) {
            log.info("Thông báo (không có địa chỉ thư) cho {}: {}",
                    mail.to().stream().map(Person::id).collect(Collectors.joining(", ")), mail.subject());
            return;
        }
        // whether the unit takes its notices as a daily digest is read by the insert itself: one round trip
        // per mail, which counts when an issuing batch queues 250 of them
        jdbc.sql("""
                        insert into mail_outbox (unit_id, kind, recipients, subject, body_text, body_html, digest,
                          created_at, attempts)
                        select ?, ?, ?, ?, ?, ?, ? and coalesce((select notice_digest from unit where id = ?), false), ?, 0""")
                .params(mail.unitId(), mail.kind(), String.join(",", addresses), mail.subject(), mail.text(),
                        mail.html(), mail.digestible(), mail.unitId(), Timestamp.from(Time.now()))
                .update();
    }

    /** What is waiting: for tests and operators (how many mails are not sent yet). */
    public int pending() {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Integer.class).single();
    }

    // --- for the sender ---

    record Queued(long id, String unitId, String kind, List<String> recipients, String subject, String text,
                  String html, Instant createdAt) {
    }

    /** Claims up to {@code limit} immediate mails for this node: unclaimed, or claimed by a node too long ago. */
    List<Queued> claimDue(String node, Instant now, Instant staleBefore, int maxAttempts, int limit) {
        List<Long> candidates = jdbc.sql("""
                        select id from mail_outbox where sent_at is null and digest = false and attempts < ?
                          and (claimed_at is null or claimed_at < ?) order by id""")
                .params(maxAttempts, Timestamp.from(staleBefore)).query(Long.class).list();
        return claim(candidates.subList(0, Math.min(limit, candidates.size())), node, now, staleBefore);
    }

    /** Units with a digest waiting. */
    List<String> unitsWithDigest() {
        return jdbc.sql("select distinct unit_id from mail_outbox where sent_at is null and digest = true"
                + " order by unit_id").query(String.class).list();
    }

    /** Claims a unit's waiting digest mails for this node. */
    List<Queued> claimDigest(String unitId, String node, Instant now, Instant staleBefore) {
        List<Long> candidates = jdbc.sql("""
                        select id from mail_outbox where sent_at is null and digest = true and unit_id = ?
                          and (claimed_at is null or claimed_at < ?) order by id""")
                .params(unitId, Timestamp.from(staleBefore)).query(Long.class).list();
        return claim(candidates, node, now, staleBefore);
    }

    /** Claims left by this node when it stopped (it sends nothing yet): free for whoever sends next. */
    int release(String node) {
        return jdbc.sql("update mail_outbox set claimed_by = null, claimed_at = null where claimed_by = ? and sent_at is null")
                .param(node).update();
    }

    void sent(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update mail_outbox set sent_at = :at where id in (:ids)")
                    .param("at", Timestamp.from(at)).param("ids", ids).update();
        }
    }

    void failed(long id, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ?, claimed_by = null, claimed_at = null"
                        + " where id = ?")
                .params(error == null ? "?" : error.substring(0, Math.min(error.length(), 2000)), id).update();
    }

    private List<Queued> claim(List<Long> candidates, String node, Instant now, Instant staleBefore) {
        // one row at a time: of two nodes claiming the same row, the update of exactly one finds it still free
        List<Long> mine = candidates.stream().filter(id -> jdbc.sql("""
                        update mail_outbox set claimed_by = ?, claimed_at = ?
                        where id = ? and sent_at is null and (claimed_at is null or claimed_at < ?)""")
                .params(node, Timestamp.from(now), id, Timestamp.from(staleBefore)).update() == 1).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from mail_outbox where id in (:ids) order by id").param("ids", mine)
                .query((rs, i) -> new Queued(rs.getLong("id"), rs.getString("unit_id"), rs.getString("kind"),
                        List.of(rs.getString("recipients").split(",")), rs.getString("subject"),
                        rs.getString("body_text"), rs.getString("body_html"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
