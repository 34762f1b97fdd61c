package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.directive.assignment.AssignmentTransfers;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * An assignment's work as the deadline machinery watches it, and the issuer's decisions on it —
 * extend, reassign, record the lateness — whichever door they come through: the API, the escalation
 * task, an extension request granted in Tasklist. Each refuses what does not fit (409) or is invalid
 * (422) before changing anything. {@code exceptCase} is the escalation case whose task is being
 * completed: its own list is rebuilt by its process, not rewritten underneath it.
 */
@Component
class AssignmentWork implements WatchedWork {

    private final AssignmentRepository assignments;
    private final AssignmentTransfers transfers;
    private final WatchRepository watches;
    private final DeadlineWatches deadlineWatches;
    private final ExtensionRequestRepository requests;
    private final DirectiveCache directives;
    private final UnitRepository units;
    private final Notifier notifier;
    private final RuntimeService runtime;
    private final AuditLog audit;

    AssignmentWork(AssignmentRepository assignments, AssignmentTransfers transfers, WatchRepository watches,
                   DeadlineWatches deadlineWatches, ExtensionRequestRepository requests, DirectiveCache directives,
                   UnitRepository units, Notifier notifier, RuntimeService runtime, AuditLog audit) {
        this.audit = audit;
        this.assignments = assignments;
        this.transfers = transfers;
        this.watches = watches;
        this.deadlineWatches = deadlineWatches;
        this.requests = requests;
        this.directives = directives;
        this.units = units;
        this.notifier = notifier;
        this.runtime = runtime;
    }

    @Override
    public Text describe(Watch w) {
        Assignment a = assignment(w);
        return new Text(subject(a), missing(owed(a)));
    }

    @Override
    public String missing(WatchRepository.Owed owed) {
        String items = "nhiệm vụ " + owed.itemNos().replace(",", ", ");
        return switch (owed.assignmentState()) {
            case Assignment.ISSUED -> "Chưa tiếp nhận, chưa báo cáo " + items;
            case Assignment.RETURNED -> "Chưa nộp lại báo cáo bổ sung " + items;
            default -> owed.childDirectiveId() != null
                    ? "Chưa báo cáo tổng hợp " + items + " (đã giao cấp dưới)"
                    : "Chưa báo cáo kết quả " + items;
        };
    }

    /** "báo cáo kết quả thực hiện nhiệm vụ 1, 2 theo văn bản 8628/SGDĐT-VP", as a clerk would say it. */
    String subject(Assignment a) {
        return "báo cáo kết quả thực hiện nhiệm vụ " + String.join(", ", a.itemNos()) + " theo văn bản "
                + directives.of(a.directiveId()).number();
    }

    // --- the issuer's decisions ---

    @Override
    public void extend(Watch w, LocalDate newDeadline, String reason, String actor, Long exceptCase) {
        extend(assignment(w), newDeadline, reason, actor, null, exceptCase);
    }

    /** Gia hạn: a later deadline; everything re-arms for it. {@code grantedRequest}: the request being granted, if any. */
    void extend(Assignment a, LocalDate newDeadline, String reason, String actor, Long grantedRequest, Long exceptCase) {
        Decisions.requireReason(reason);
        requireWorkOpen(a);
        if (a.deadline() == null) {
            throw ApiException.unprocessable("assignment " + a.id() + " has no deadline to extend");
        }
        Decisions.requireLater(newDeadline, a.currentDue());
        Directive d = directives.of(a.directiveId());
        if (d.parentAssignmentId() != null) {
            LocalDate limit = assignments.findById(d.parentAssignmentId()).map(Assignment::deadline).orElse(null);
            if (limit != null && newDeadline.isAfter(limit)) {
                throw ApiException.unprocessable("the new deadline " + newDeadline + " is after the deadline " + limit
                        + " of the assignment that directive " + d.number() + " implements");
            }
        }
        if (Assignment.RETURNED.equals(a.state())) {
            assignments.resubmissionExtended(a.id(), newDeadline);
        } else {
            assignments.extended(a.id(), newDeadline);
        }
        cancelOtherRequests(a.id(), grantedRequest, actor);
        audit.record("EXTENDED", a.directiveId(), a.id(), Time.text(a.currentDue()) + " → " + Time.text(newDeadline)
                + (grantedRequest == null ? "" : " (đồng ý đề nghị " + grantedRequest + ")")
                + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        notifier.extended(a.id(), null, a.unitId(), a.currentDue(), newDeadline, reason, subject(a));
        Watch w = watches.ofAssignment(a.id()).orElse(null);
        if (w == null) {
            deadlineWatches.start(a.directiveId(), a.id(), null, a.unitId(), newDeadline);
        } else {
            deadlineWatches.rearm(w, newDeadline, exceptCase, a.processInstanceId());
        }
    }

    @Override
    public void reassign(Watch w, String target, String actor, Long exceptCase) {
        if (target == null || target.isBlank()) {
            throw ApiException.unprocessable("say to which unit or person (reassignTo)");
        }
        boolean isUnit = units.findById(target).isPresent();
        reassign(assignment(w), isUnit ? target : null, isUnit ? null : target, actor, exceptCase);
    }

    /** Giao lại: to another person of the unit, or to another unit (which then receives it anew). */
    void reassign(Assignment a, String unitId, String assignee, String actor, Long exceptCase) {
        requireWorkOpen(a);
        boolean toUnit = unitId != null && !unitId.isBlank();
        boolean toPerson = assignee != null && !assignee.isBlank();
        if (toUnit == toPerson) {
            throw ApiException.unprocessable("reassign to a unit (\"unit\") or to a person (\"assignee\"), one of them");
        }
        Watch w = watches.ofAssignment(a.id()).orElse(null);
        if (toPerson) {
            String user = assignee.trim();
            transfers.toPerson(a, user);
            audit.record("REASSIGNED", a.directiveId(), a.id(), "Giao cho " + user);
            List<Person> to = units.person(user).map(List::of).orElse(List.of());
            notifier.notify(a.id(), null, EscalationRepository.REASSIGNED, to, "Giao cho " + user + " thực hiện",
                    "[Giao lại] " + subject(a), "Anh/chị được giao thực hiện " + subject(a) + ".");
        } else {
            Unit target = transfers.toUnit(a, unitId.trim());
            audit.record("REASSIGNED", a.directiveId(), a.id(), "Chuyển từ " + a.unitId() + " sang " + target.id());
            if (w != null) {
                watches.unit(w.id(), target.id());
            }
            // the new unit's receive task announces the work to its people (ArrivalNotices): recorded here, not mailed twice
            notifier.record(a.id(), null, EscalationRepository.REASSIGNED, notifier.contactsOf(target.id()).stream()
                    .map(Person::id).collect(Collectors.joining(", ")), "Chuyển từ " + a.unitId() + " sang " + target.id());
        }
        deadlineWatches.decided(w, Watch.REASSIGNED, exceptCase);
    }

    @Override
    public void recordLateness(Watch w, String note, String actor, Long exceptCase) {
        recordLateness(assignment(w), note, actor, exceptCase);
    }

    /** Ghi nhận chậm trễ: the unit stays on it, counted late; it leaves the escalation lists. */
    void recordLateness(Assignment a, String note, String actor, Long exceptCase) {
        requireWorkOpen(a);
        AssignmentStatus status = AssignmentStatus.of(a, Time.today());
        if (status != AssignmentStatus.OVERDUE) {
            throw ApiException.conflict("assignment " + a.id() + " is not overdue (it is " + status + ")");
        }
        String text = Decisions.requireNote(note);
        assignments.markLate(a.id());
        audit.record("LATENESS_RECORDED", a.directiveId(), a.id(), text);
        notifier.notify(a.id(), null, EscalationRepository.LATENESS, notifier.contactsOf(a.unitId()), text,
                "[Ghi nhận chậm trễ] " + subject(a),
                "Lãnh đạo đã ghi nhận việc chậm thực hiện " + subject(a) + ": " + text
                        + ".\nĐề nghị đơn vị tiếp tục hoàn thành và báo cáo.");
        deadlineWatches.decided(watches.ofAssignment(a.id()).orElse(null), Watch.LATENESS, exceptCase);
    }

    /** Work the unit still has to do: received or not, but neither closed nor waiting for its review. */
    static void requireWorkOpen(Assignment a) {
        if (!a.isOpen()) {
            throw ApiException.conflict("assignment " + a.id() + " is " + a.state());
        }
        if (Assignment.REPORTED.equals(a.state())) {
            throw ApiException.conflict("assignment " + a.id() + " has been reported and awaits review");
        }
    }

    private void cancelOtherRequests(long assignmentId, Long granted, String actor) {
        for (ExtensionRequest r : requests.ofAssignment(assignmentId)) {
            if (ExtensionRequest.PENDING.equals(r.state()) && (granted == null || r.id() != granted)) {
                requests.decided(r.id(), ExtensionRequest.CANCELLED, actor, Time.now(), null,
                        "Đã quyết định gia hạn trực tiếp");
                if (r.processInstanceId() != null) {
                    runtime.deleteProcessInstanceIfExists(r.processInstanceId(), "Đã quyết định gia hạn trực tiếp",
                            true, true, false, false);
                }
            }
        }
    }

    private static WatchRepository.Owed owed(Assignment a) {
        return new WatchRepository.Owed(a.state(), String.join(",", a.itemNos()), a.childDirectiveId(), null);
    }

    private Assignment assignment(Watch w) {
        return assignments.findById(w.assignmentId()).orElseThrow();
    }
}
