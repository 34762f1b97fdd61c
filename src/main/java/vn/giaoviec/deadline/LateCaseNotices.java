package vn.giaoviec.deadline;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/** What a follow-up or escalation case mails: its handler once, when its task is out; the late units on "nhắc tất cả". */
@Component
class LateCaseNotices {

    private final LateCaseRepository cases;
    private final LateCaseLists lists;
    private final Works works;
    private final DirectiveCache directives;
    private final UnitRepository units;
    private final Notifier notifier;

    LateCaseNotices(LateCaseRepository cases, LateCaseLists lists, Works works, DirectiveCache directives,
                    UnitRepository units, Notifier notifier) {
        this.cases = cases;
        this.lists = lists;
        this.works = works;
        this.directives = directives;
        this.units = units;
        this.notifier = notifier;
    }

    /** Mails the handler once, when the case's first task is out. */
    void announce(long caseId, int count) {
        LateCase c = lateCase(caseId);
        Directive d = directives.of(c.directiveId());
        List<Person> to = c.assignee() != null ? units.person(c.assignee()).map(List::of).orElse(List.of())
                : notifier.contactsOf(c.unitId());
        String what = c.isFollowUp() ? "Đôn đốc" : "Xử lý";
        String deadline = Time.text(c.deadline());
        String kind = c.isFollowUp() ? EscalationRepository.FOLLOW_UP : EscalationRepository.ESCALATED;
        notifier.mail(to, kind, "[" + what + "] " + count + " đơn vị chậm thực hiện văn bản " + d.number() + " (hạn "
                        + deadline + ")",
                count + " đơn vị chưa hoàn thành đúng hạn " + deadline + " theo văn bản " + d.number() + " — "
                        + d.subject() + ".\nDanh sách và thao tác: Tasklist, nhiệm vụ \""
                        + (c.isFollowUp() ? "Đôn đốc các đơn vị chậm" : "Quyết định xử lý đơn vị chậm") + "\".");
    }

    /** Đôn đốc: one reminder to every unit on the follow-up list, recorded on each as FOLLOW_UP. */
    void remindAll(long caseId, String message) {
        LateCase c = lateCase(caseId);
        String from = units.nameOf(c.unitId());
        for (Watch w : lists.lateWatches(c)) {
            WatchedWork.Text text = works.of(w).describe(w);
            notifier.notify(w.assignmentId(), w.roundReportId(), EscalationRepository.FOLLOW_UP,
                    notifier.contactsOf(w.unitId()), "Đôn đốc: " + message, "[Đôn đốc] " + text.subject(),
                    from + " đôn đốc: " + text.subject() + " đã quá hạn " + Time.text(w.due()) + ".\n"
                            + text.missing() + ".\n" + message);
        }
    }

    private LateCase lateCase(long id) {
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("no late case " + id));
    }
}
