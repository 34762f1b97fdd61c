package vn.giaoviec.directive.assignment;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.mail.Mail;
import vn.giaoviec.mail.Outbox;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/**
 * A notice a process owner adds to a diagram (element template "Gửi thông báo"): a mail to the
 * focal person, the head, or both, of the unit an assignment is addressed to, about its letter.
 */
@Service
class UnitNotices {

    static final String KIND = "NOTICE";

    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final Outbox outbox;

    UnitNotices(AssignmentRepository assignments, DirectiveRepository directives, UnitRepository units, Outbox outbox) {
        this.assignments = assignments;
        this.directives = directives;
        this.units = units;
        this.outbox = outbox;
    }

    /** {@code to}: FOCAL, HEAD or BOTH. */
    void send(long assignmentId, String to, String subject, String text) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        Directive d = directives.findById(a.directiveId()).orElseThrow();
        List<Person> people = units.peopleOf(a.unitId()).stream().filter(p -> switch (to == null ? "" : to) {
            case "FOCAL" -> Person.FOCAL.equals(p.role());
            case "HEAD" -> Person.HEAD.equals(p.role());
            case "BOTH" -> !Person.STAFF.equals(p.role());
            default -> throw ApiException.badRequest("noticeTo must be FOCAL, HEAD or BOTH: " + to);
        }).toList();
        outbox.queue(Mail.plain(people, a.unitId(), KIND, "[" + d.number() + "] " + subject,
                text + "\n\nVăn bản " + d.number() + ": " + d.subject()));
    }
}
