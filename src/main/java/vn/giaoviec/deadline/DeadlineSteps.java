package vn.giaoviec.deadline;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * What the steps of bpmn/deadline-watch.bpmn do when their timers fire, for every unit of the group
 * at once: the units' rows are marked with one statement each step, each unit gets its notice, and
 * the follow-up or escalation case of the directive and deadline is touched once. A unit whose work
 * is no longer open (delivered, withdrawn) is not in the group's open watches and is left alone.
 * Each step first marks the group, which holds off units joining it until the step has committed.
 */
@Service
class DeadlineSteps {

    private final GroupRepository groups;
    private final WatchRepository watches;
    private final Works works;
    private final LateCaseStarter cases;
    private final DirectiveCache directives;
    private final Notifier notifier;
    private final UnitRepository units;

    DeadlineSteps(GroupRepository groups, WatchRepository watches, Works works, LateCaseStarter cases,
                  DirectiveCache directives, Notifier notifier, UnitRepository units) {
        this.groups = groups;
        this.watches = watches;
        this.works = works;
        this.cases = cases;
        this.directives = directives;
        this.notifier = notifier;
        this.units = units;
    }

    /**
     * Sắp đến hạn: each unit's focal person and head are told. (Its tasks carry the reminder day as
     * their follow-up date from the moment they are created, so Tasklist highlights them from now on.)
     */
    void remind(long groupId) {
        groups.reminded(groupId, Time.now());
        DeadlineGroup g = groups.findById(groupId).orElseThrow();
        if (!g.isOpen() || Time.passed(g.due())) {
            return; // a back-filled deadline: the overdue notice that follows says more than a reminder
        }
        List<Watch> open = watches.openInGroup(groupId).stream().filter(w -> w.remindedAt() == null).toList();
        watches.remindedInGroup(groupId, Time.now());
        String due = Time.text(g.due());
        for (Watch w : open) {
            WatchedWork.Text text = works.of(w).describe(w);
            notifier.notify(w.assignmentId(), w.roundReportId(), EscalationRepository.REMINDER,
                    notifier.contactsOf(w.unitId()),
                    "Hạn " + due,
                    "[Nhắc hạn] Hạn " + due + ": " + text.subject(),
                    "Đơn vị " + unitName(w.unitId()) + " cần hoàn thành " + text.subject() + " trước hết ngày " + due
                            + ".\n" + text.missing() + ".");
        }
    }

    /** Đã quá hạn: each unit is told, and goes on the monitoring unit's follow-up list of this directive and deadline. */
    void overdue(long groupId) {
        groups.overdue(groupId, Time.now());
        DeadlineGroup g = groups.findById(groupId).orElseThrow();
        if (!g.isOpen()) {
            return;
        }
        List<Watch> late = watches.openInGroup(groupId).stream().filter(w -> w.overdueAt() == null).toList();
        if (late.isEmpty()) {
            return;
        }
        watches.overdueInGroup(groupId, Time.now());
        String due = Time.text(g.due());
        Directive d = directives.of(g.directiveId());
        String followUpNote = "Đưa vào danh sách đôn đốc của " + unitName(d.monitoringUnitId());
        for (Watch w : late) {
            WatchedWork.Text text = works.of(w).describe(w);
            notifier.notify(w.assignmentId(), w.roundReportId(), EscalationRepository.OVERDUE,
                    notifier.contactsOf(w.unitId()),
                    "Quá hạn " + due,
                    "[Quá hạn] " + text.subject(),
                    "Đã quá hạn " + due + " mà đơn vị " + unitName(w.unitId()) + " chưa hoàn thành " + text.subject()
                            + ".\n" + text.missing() + ". Đề nghị khẩn trương hoàn thành và báo cáo.");
            notifier.record(w.assignmentId(), w.roundReportId(), EscalationRepository.FOLLOW_UP, d.monitoringUnitId(),
                    followUpNote);
        }
        cases.lateUnits(g.directiveId(), g.due(), LateCase.FOLLOW_UP, 0);
    }

    /** Hết thời gian ân hạn (and each further level): the units go on the escalation list of the next level's head. */
    void escalate(long groupId) {
        DeadlineGroup g = groups.findById(groupId).orElseThrow();
        int level = g.escLevel() + 1;
        groups.escalated(groupId, level);
        if (!g.isOpen()) {
            return;
        }
        List<Watch> late = watches.openInGroup(groupId).stream().filter(w -> w.decision() == null).toList();
        if (late.isEmpty()) {
            return;
        }
        watches.escalatedInGroup(groupId, level);
        Optional<Unit> unit = cases.escalationUnit(g.directiveId(), level);
        if (unit.isEmpty()) {
            return; // no unit above: the escalation stops here
        }
        String to = cases.headOf(unit.get().id()).map(Person::id).orElse(unit.get().id());
        String note = "Báo cáo thủ trưởng " + unit.get().name() + " xử lý" + (level > 1 ? " (cấp " + level + ")" : "");
        for (Watch w : late) {
            notifier.record(w.assignmentId(), w.roundReportId(), EscalationRepository.ESCALATED, to, note);
        }
        cases.lateUnits(g.directiveId(), g.due(), LateCase.ESCALATION, level);
    }

    private String unitName(String id) {
        return units.nameOf(id);
    }
}
