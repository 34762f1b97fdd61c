package vn.giaoviec.deadline;

import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * What the steps of bpmn/deadline-watch.bpmn do when their timers fire. Each step works on one
 * watch and its own rows only, so a storm of them runs side by side; a watch that is no longer open
 * (its work was delivered, or withdrawn, in the same instant) is left alone.
 */
@Service
class DeadlineSteps {

    private final WatchRepository watches;
    private final Works works;
    private final LateCaseStarter cases;
    private final DirectiveCache directives;
    private final Notifier notifier;
    private final UnitRepository units;

    DeadlineSteps(WatchRepository watches, Works works, LateCaseStarter cases, DirectiveCache directives,
                  Notifier notifier, UnitRepository units) {
        this.watches = watches;
        this.works = works;
        this.cases = cases;
        this.directives = directives;
        this.notifier = notifier;
        this.units = units;
    }

    /**
     * Sắp đến hạn: the unit's focal person and head are told. (Its tasks carry the reminder day as
     * their follow-up date from the moment they are created, so Tasklist highlights them from now on.)
     */
    void remind(long watchId) {
        Watch w = watches.findById(watchId).orElseThrow();
        if (!w.isOpen() || Time.passed(w.due())) {
            return; // a back-filled deadline: the overdue notice that follows says more than a reminder
        }
        watches.reminded(w.id(), Time.now());
        String due = Time.text(w.due());
        WatchedWork.Text text = works.of(w).describe(w);
        notifier.notify(w.assignmentId(), w.roundReportId(), EscalationRepository.REMINDER, notifier.contactsOf(w.unitId()),
                "Hạn " + due,
                "[Nhắc hạn] Hạn " + due + ": " + text.subject(),
                "Đơn vị " + unitName(w.unitId()) + " cần hoàn thành " + text.subject() + " trước hết ngày " + due
                        + ".\n" + text.missing() + ".");
    }

    /** Đã quá hạn: the unit is told, and it goes on the monitoring unit's follow-up list of this directive and deadline. */
    void overdue(long watchId) {
        Watch w = watches.findById(watchId).orElseThrow();
        if (!w.isOpen()) {
            return;
        }
        watches.overdue(w.id(), Time.now());
        String due = Time.text(w.due());
        WatchedWork.Text text = works.of(w).describe(w);
        notifier.notify(w.assignmentId(), w.roundReportId(), EscalationRepository.OVERDUE, notifier.contactsOf(w.unitId()),
                "Quá hạn " + due,
                "[Quá hạn] " + text.subject(),
                "Đã quá hạn " + due + " mà đơn vị " + unitName(w.unitId()) + " chưa hoàn thành " + text.subject()
                        + ".\n" + text.missing() + ". Đề nghị khẩn trương hoàn thành và báo cáo.");
        Directive d = directives.of(w.directiveId());
        notifier.record(w.assignmentId(), w.roundReportId(), EscalationRepository.FOLLOW_UP, d.monitoringUnitId(),
                "Đưa vào danh sách đôn đốc của " + unitName(d.monitoringUnitId()));
        cases.lateUnit(w, LateCase.FOLLOW_UP, 0);
    }

    /** Hết thời gian ân hạn (and each further level): the unit goes on the escalation list of the next level's head. */
    void escalate(long watchId) {
        Watch w = watches.findById(watchId).orElseThrow();
        if (!w.isOpen() || w.decision() != null) {
            return;
        }
        int level = w.escLevel() + 1;
        watches.escalated(w.id(), level);
        Optional<Unit> unit = cases.escalationUnit(w.directiveId(), level);
        if (unit.isEmpty()) {
            return; // no unit above: the escalation stops here
        }
        Optional<Person> head = cases.headOf(unit.get().id());
        notifier.record(w.assignmentId(), w.roundReportId(), EscalationRepository.ESCALATED,
                head.map(Person::id).orElse(unit.get().id()),
                "Báo cáo thủ trưởng " + unit.get().name() + " xử lý" + (level > 1 ? " (cấp " + level + ")" : ""));
        cases.lateUnit(watches.findById(watchId).orElseThrow(), LateCase.ESCALATION, level);
    }

    private String unitName(String id) {
        return units.findById(id).map(Unit::name).orElse(id);
    }
}
