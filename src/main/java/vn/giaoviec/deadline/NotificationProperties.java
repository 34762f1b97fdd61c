package vn.giaoviec.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of notification mails; the SMTP server itself is Spring Mail's
 *             {@code spring.mail.*} (no {@code spring.mail.host}: mails are written to the log)
 */
@ConfigurationProperties("giaoviec.notifications")
public record NotificationProperties(@DefaultValue("giaoviec@localhost") String from) {
}
