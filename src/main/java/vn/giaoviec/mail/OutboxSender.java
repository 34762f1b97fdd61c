package vn.giaoviec.mail;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.Node;
import vn.giaoviec.kernel.Time;

/**
 * Sends what the outbox holds: the immediate mails every few seconds, each unit's digest once a day.
 * Several nodes may run it at once: each claims the rows it sends, and a node that dies mid-batch
 * leaves its claim to expire. A mail the SMTP server refuses is tried again, up to a limit, and keeps
 * its last error. Without {@code spring.mail.host} (the embedded default) mails are written to the log.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final boolean mailConfigured;
    private final String node;

    OutboxSender(Outbox outbox, NotificationProperties properties, ObjectProvider<JavaMailSender> sender,
                 @Value("${spring.mail.host:}") String mailHost, Node node) {
        this.node = node.id();
        this.outbox = outbox;
        this.properties = properties;
        this.sender = sender;
        this.mailConfigured = mailHost != null && !mailHost.isBlank();
    }

    /** A node that restarts takes back at once the mails it had claimed when it stopped. */
    @EventListener(ApplicationReadyEvent.class)
    public void releaseOwnClaims() {
        int released = outbox.release(node);
        if (released > 0) {
            log.warn("Node {} restarted: {} mail(s) it had claimed are sent again", node, released);
        }
    }

    /** Sends every immediate mail that is due; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        List<Outbox.Queued> batch;
        do {
            Instant now = Time.now();
            batch = outbox.claimDue(node, now, now.minus(properties.claimTimeout()), properties.maxAttempts(), BATCH);
            for (Outbox.Queued mail : batch) {
                if (send(mail.recipients(), mail.subject(), mail.text(), mail.html(), mail.id())) {
                    outbox.sent(List.of(mail.id()), Time.now());
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** One mail per unit that chose a daily digest, with everything that arrived since the last one. */
    public int sendDigests() {
        int sent = 0;
        for (String unitId : outbox.unitsWithDigest()) {
            Instant now = Time.now();
            List<Outbox.Queued> notices = outbox.claimDigest(unitId, node, now, now.minus(properties.claimTimeout()));
            if (notices.isEmpty()) {
                continue;
            }
            Set<String> to = new LinkedHashSet<>();
            StringBuilder text = new StringBuilder("Tổng hợp " + notices.size() + " thông báo mới đến ngày "
                    + Time.text(Time.today()) + ":\n\n");
            StringBuilder html = new StringBuilder("<p>Tổng hợp " + notices.size() + " thông báo mới đến ngày "
                    + Time.text(Time.today()) + ":</p>\n");
            int n = 1;
            for (Outbox.Queued q : notices) {
                to.addAll(q.recipients());
                text.append(n).append(". ").append(q.subject()).append("\n").append(q.text().strip()).append("\n\n");
                html.append("<h3 style=\"font-size: 16px\">").append(n).append(". ").append(Html.inline(q.subject()))
                        .append("</h3>\n<p>").append(Html.inline(q.text())).append("</p>\n");
                n++;
            }
            String subject = "[Tổng hợp] " + notices.size() + " thông báo mới — " + Time.text(Time.today());
            if (send(List.copyOf(to), subject, text.toString(), Html.page(html.toString()), notices.get(0).id())) {
                outbox.sent(notices.stream().map(Outbox.Queued::id).toList(), Time.now());
                sent++;
            }
        }
        return sent;
    }

    private boolean send(List<String> to, String subject, String text, String html, long id) {
        JavaMailSender mailSender = mailConfigured ? sender.getIfAvailable() : null;
        if (mailSender == null) {
            log.info("Thư (chưa cấu hình máy chủ thư, chỉ ghi nhật ký) tới {}: {} — {}", to, subject,
                    text.replace("\n", " / "));
            return true;
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text, html);
            mailSender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            // kept with its error and tried again: a mail server that is down must not lose the notice
            log.warn("Could not mail {} to {}: {}", subject, to, e.getMessage());
            outbox.failed(id, e.getMessage());
            return false;
        }
    }
}
