package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/**
 * Notifications: each one is kept as a record in the assignment's history (what
 * {@code GET /api/assignments/{id}} shows under {@code escalations}) and sent by e-mail once the
 * transaction has committed — a rolled-back attempt sends nothing. Without {@code spring.mail.host}
 * (the embedded default) the mail is written to the log instead.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final EscalationRepository events;
    private final UnitRepository units;
    private final ObjectProvider<JavaMailSender> sender;
    private final boolean mailConfigured;
    private final String from;

    Notifier(EscalationRepository events, UnitRepository units, ObjectProvider<JavaMailSender> sender,
             @Value("${spring.mail.host:}") String mailHost, NotificationProperties properties) {
        this.events = events;
        this.units = units;
        this.sender = sender;
        this.mailConfigured = mailHost != null && !mailHost.isBlank();
        this.from = properties.from();
    }

    /** The people a unit's notices go to: its focal person(s) first, then its head. */
    public List<Person> contactsOf(String unitId) {
        List<Person> people = units.peopleOf(unitId);
        List<Person> chosen = people.stream().filter(p -> "FOCAL".equals(p.role())).collect(Collectors.toList());
        people.stream().filter(p -> "HEAD".equals(p.role())).forEach(chosen::add);
        return chosen.isEmpty() ? people : chosen;
    }

    /** Records the event on the assignment and mails the people. */
    public void notify(long assignmentId, Long roundReportId, String type, List<Person> to, String note,
                       String subject, String body) {
        events.record(assignmentId, roundReportId, type, Time.now(), ids(to), note);
        mail(to, subject, body);
    }

    /** Gia hạn: the unit is told its new deadline, and why. */
    void extended(long assignmentId, Long roundReportId, String unitId, LocalDate from, LocalDate to, String reason,
                  String subject) {
        String change = Time.text(from) + " → " + Time.text(to);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        notify(assignmentId, roundReportId, EscalationRepository.EXTENDED, contactsOf(unitId),
                change + (why == null ? "" : ": " + why),
                "[Gia hạn] " + subject + " đến " + Time.text(to),
                "Thời hạn " + subject + " được gia hạn: " + change + "." + (why == null ? "" : "\nLý do: " + why));
    }

    /** Records an event that is not a mail of its own (the recipient sees a task). */
    public void record(long assignmentId, Long roundReportId, String type, String to, String note) {
        events.record(assignmentId, roundReportId, type, Time.now(), to, note);
    }

    /** Mails without a record: one message about many assignments (a new follow-up or escalation task). */
    public void mail(List<Person> to, String subject, String body) {
        List<String> addresses = to.stream().map(Person::email).filter(Objects::nonNull).filter(e -> !e.isBlank())
                .distinct().toList();
        if (addresses.isEmpty()) {
            log.info("Thông báo (không có địa chỉ thư) cho {}: {}", ids(to), subject);
            return;
        }
        Runnable send = () -> send(addresses, subject, body);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(List<String> addresses, String subject, String body) {
        JavaMailSender mailSender = mailConfigured ? sender.getIfAvailable() : null;
        if (mailSender == null) {
            log.info("Thư (chưa cấu hình máy chủ thư, chỉ ghi nhật ký) tới {}: {} — {}", addresses, subject,
                    body.replace("\n", " / "));
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mailSender.send(message);
        } catch (MailException e) {
            // the record is kept; a mail server that is down must not undo the deadline machinery
            log.warn("Could not mail {} to {}: {}", subject, addresses, e.getMessage());
        }
    }

    static String ids(List<Person> people) {
        return people.stream().map(Person::id).collect(Collectors.joining(", "));
    }
}
