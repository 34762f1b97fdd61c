package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.Time;
import vn.giaoviec.mail.Mail;
import vn.giaoviec.mail.Outbox;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/**
 * The deadline machinery's notices: each one is kept as a record in the assignment's history (what
 * {@code GET /api/assignments/{id}} shows under {@code escalations}) and mailed through the outbox,
 * which sends it once the transaction has committed.
 */
@Component
class Notifier {

    private final EscalationRepository events;
    private final UnitRepository units;
    private final Outbox outbox;

    Notifier(EscalationRepository events, UnitRepository units, Outbox outbox) {
        this.events = events;
        this.units = units;
        this.outbox = outbox;
    }

    /** The people a unit's notices go to: its focal person(s) first, then its head. */
    List<Person> contactsOf(String unitId) {
        return units.contactsOf(unitId);
    }

    /** Records the event on the assignment and mails the people. */
    void notify(long assignmentId, Long roundReportId, String type, List<Person> to, String note, String subject,
                String body) {
        events.record(assignmentId, roundReportId, type, Time.now(), ids(to), note);
        mail(to, type, subject, body);
    }

    /** Records an event that is not a mail of its own (the recipient sees a task). */
    void record(long assignmentId, Long roundReportId, String type, String to, String note) {
        events.record(assignmentId, roundReportId, type, Time.now(), to, note);
    }

    /** Mails without a record: one message about many assignments (a new follow-up or escalation task). */
    void mail(List<Person> to, String kind, String subject, String body) {
        outbox.queue(Mail.plain(to, to.isEmpty() ? null : to.get(0).unitId(), kind, subject, body));
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

    private static String ids(List<Person> people) {
        return people.stream().map(Person::id).collect(Collectors.joining(", "));
    }
}
