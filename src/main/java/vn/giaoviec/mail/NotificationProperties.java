package vn.giaoviec.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code giaoviec.notifications.*}; the SMTP server itself is Spring Mail's {@code spring.mail.*}
 * (no {@code spring.mail.host}: mails are written to the log instead).
 *
 * @param from        the sender of notification mails
 * @param baseUrl     where users reach this server, for the links in mails (Tasklist, dashboard)
 * @param sendEvery   how often the outbox is sent; 0 turns the sender off (tests send it themselves)
 * @param digestCron  when units that chose a daily digest get it (Asia/Ho_Chi_Minh)
 * @param maxAttempts a mail the SMTP server keeps refusing is given up after so many attempts
 * @param claimTimeout a batch claimed by a node that died is sent by another one after this long
 */
@ConfigurationProperties("giaoviec.notifications")
public record NotificationProperties(
        @DefaultValue("giaoviec@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT5S") Duration sendEvery,
        @DefaultValue("0 0 7 * * MON-FRI") String digestCron,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT2M") Duration claimTimeout) {

    /** A link into Tasklist that opens the task. */
    public String taskLink(String taskId) {
        return trimmedBase() + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** A link to a page of ours ({@code /dashboard/directives/12}). */
    public String link(String path) {
        return trimmedBase() + path;
    }

    private String trimmedBase() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
