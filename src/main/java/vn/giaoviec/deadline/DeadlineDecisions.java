package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.rounds.RoundReport;
import vn.giaoviec.rounds.RoundRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;

/**
 * The issuer's decisions on a late unit — extend the deadline, reassign the work, record the
 * lateness — whichever door they come through: the API, the escalation task, an extension request
 * granted in Tasklist. Each refuses what does not fit (409) or is invalid (422) before changing
 * anything. {@code exceptCase} is the escalation case whose task is being completed: its own list is
 * rebuilt by its process, not rewritten underneath it.
 */
@Service
public class DeadlineDecisions {

    static final String EXTENDED = "EXTENDED";
    static final String REASSIGNED = "REASSIGNED";
    static final String LATENESS = "LATENESS";

    private final AssignmentRepository assignments;
    private final RoundRepository rounds;
    private final UnitRepository units;
    private final WatchRepository watches;
    private final DeadlineWatches deadlineWatches;
    private final WatchedWork work;
    private final LateCases cases;
    private final ExtensionRequestRepository requests;
    private final Notifier notifier;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    DeadlineDecisions(AssignmentRepository assignments, RoundRepository rounds, UnitRepository units,
                      WatchRepository watches, DeadlineWatches deadlineWatches, WatchedWork work, LateCases cases,
                      ExtensionRequestRepository requests, Notifier notifier, RuntimeService runtime,
                      TaskService tasks, IdentityService identity) {
        this.assignments = assignments;
        this.rounds = rounds;
        this.units = units;
        this.watches = watches;
        this.deadlineWatches = deadlineWatches;
        this.work = work;
        this.cases = cases;
        this.requests = requests;
        this.notifier = notifier;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Gia hạn: a later deadline; everything re-arms for it. {@code grantedRequest}: the request being granted, if any. */
    public void extend(Assignment a, LocalDate newDeadline, String reason, String actor, Long grantedRequest,
                       Long exceptCase) {
        TextLimits.require("reason", reason, TextLimits.REASON);
        requireWorkOpen(a);
        if (a.deadline() == null) {
            throw ApiException.unprocessable("assignment " + a.id() + " has no deadline to extend");
        }
        requireLater(newDeadline, a.currentDue());
        Directive d = work.directive(a.directiveId());
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
        notifyExtended(a.id(), null, a.unitId(), a.currentDue(), newDeadline, reason, work.subjectOfAssignment(a));
        Watch w = watches.ofAssignment(a.id()).orElse(null);
        if (w == null) {
            deadlineWatches.watchAssignment(a.id());
        } else {
            deadlineWatches.rearm(w, newDeadline, exceptCase);
        }
    }

    /** Gia hạn of a unit's round report. */
    public void extend(RoundReport r, LocalDate newDeadline, String reason, Long exceptCase) {
        TextLimits.require("reason", reason, TextLimits.REASON);
        if (!r.isOpen()) {
            throw ApiException.conflict("round report " + r.id() + " is " + r.state());
        }
        requireLater(newDeadline, r.deadline());
        rounds.deadline(r.id(), newDeadline);
        Watch w = watches.ofRoundReport(r.id()).orElseThrow();
        notifyExtended(r.assignmentId(), r.id(), r.unitId(), r.deadline(), newDeadline, reason, work.subject(w));
        deadlineWatches.rearm(w, newDeadline, exceptCase);
    }

    /** Giao lại: to another person of the unit, or to another unit (which then receives it anew). */
    public void reassign(Assignment a, String unitId, String assignee, String actor, Long exceptCase) {
        requireWorkOpen(a);
        boolean toUnit = unitId != null && !unitId.isBlank();
        boolean toPerson = assignee != null && !assignee.isBlank();
        if (toUnit == toPerson) {
            throw ApiException.unprocessable("reassign to a unit (\"unit\") or to a person (\"assignee\"), one of them");
        }
        Watch w = watches.ofAssignment(a.id()).orElse(null);
        if (toPerson) {
            String user = assignee.trim();
            if (identity.createUserQuery().userId(user).memberOfGroup(a.unitId()).count() == 0) {
                throw ApiException.unprocessable("assignee " + user + " is not a member of unit " + a.unitId());
            }
            assignments.assigneeChanged(a.id(), user);
            if (a.processInstanceId() != null) {
                tasks.createTaskQuery().processInstanceId(a.processInstanceId()).list()
                        .forEach(t -> tasks.setAssignee(t.getId(), user));
            }
            List<Person> to = units.person(user).map(List::of).orElse(List.of());
            notifier.notify(a.id(), null, REASSIGNED, to, "Giao cho " + user + " thực hiện",
                    "[Giao lại] " + work.subjectOfAssignment(a),
                    "Anh/chị được giao thực hiện " + work.subjectOfAssignment(a) + ".");
        } else {
            Unit target = units.findById(unitId.trim())
                    .orElseThrow(() -> ApiException.unprocessable("unknown unit: " + unitId));
            if (target.id().equals(a.unitId())) {
                throw ApiException.unprocessable("assignment " + a.id() + " is already with unit " + target.id());
            }
            if (a.childDirectiveId() != null) {
                throw ApiException.conflict("unit " + a.unitId() + " has cascaded assignment " + a.id()
                        + " with its own directive: withdraw that directive first");
            }
            if (a.processInstanceId() != null) {
                runtime.deleteProcessInstanceIfExists(a.processInstanceId(), "Giao lại cho " + target.id(),
                        true, true, false, false);
            }
            assignments.movedToUnit(a.id(), target.id());
            if (w != null) {
                watches.unit(w.id(), target.id());
            }
            String pid = runtime.startProcessInstanceByKey(AssignmentProcess.KEY, work.directive(a.directiveId()).number(),
                    Map.of(AssignmentProcess.ASSIGNMENT_ID, a.id())).getId();
            assignments.setProcessInstance(a.id(), pid);
            notifier.notify(a.id(), null, REASSIGNED, notifier.contactsOf(target.id()),
                    "Chuyển từ " + a.unitId() + " sang " + target.id(),
                    "[Giao việc] " + work.subjectOfAssignment(a),
                    "Đơn vị " + target.name() + " được giao thực hiện " + work.subjectOfAssignment(a)
                            + (a.deadline() == null ? "" : ", hạn " + WatchedWork.DATE.format(a.currentDue())) + ".");
        }
        decided(w, Watch.REASSIGNED, exceptCase);
    }

    /** Ghi nhận chậm trễ: the unit stays on it, counted late; it leaves the escalation lists. */
    public void recordLateness(Assignment a, String note, String actor, Long exceptCase) {
        requireWorkOpen(a);
        if (AssignmentStatus.of(a, Time.today()) != AssignmentStatus.OVERDUE) {
            throw ApiException.conflict("assignment " + a.id() + " is not overdue (it is "
                    + AssignmentStatus.of(a, Time.today()) + ")");
        }
        String text = requireNote(note);
        assignments.markLate(a.id());
        notifier.notify(a.id(), null, LATENESS, notifier.contactsOf(a.unitId()), text,
                "[Ghi nhận chậm trễ] " + work.subjectOfAssignment(a),
                "Lãnh đạo đã ghi nhận việc chậm thực hiện " + work.subjectOfAssignment(a) + ": " + text
                        + ".\nĐề nghị đơn vị tiếp tục hoàn thành và báo cáo.");
        decided(watches.ofAssignment(a.id()).orElse(null), Watch.LATENESS, exceptCase);
    }

    public void recordLateness(RoundReport r, String note, Long exceptCase) {
        if (!r.isOpen() || !Time.passed(r.deadline())) {
            throw ApiException.conflict("round report " + r.id() + " is not overdue");
        }
        String text = requireNote(note);
        rounds.markLate(r.id());
        Watch w = watches.ofRoundReport(r.id()).orElseThrow();
        notifier.notify(r.assignmentId(), r.id(), LATENESS, notifier.contactsOf(r.unitId()), text,
                "[Ghi nhận chậm trễ] " + work.subject(w), "Lãnh đạo đã ghi nhận việc chậm nộp " + work.subject(w)
                        + ": " + text + ".");
        decided(w, Watch.LATENESS, exceptCase);
    }

    private void decided(Watch w, String decision, Long exceptCase) {
        if (w != null && w.isOpen()) {
            watches.decided(w.id(), decision);
            if (w.escLevel() > 0) {
                cases.refresh(w.directiveId(), w.due(), exceptCase);
            }
        }
    }

    private void notifyExtended(long assignmentId, Long roundReportId, String unitId, LocalDate from, LocalDate to,
                                String reason, String subject) {
        String change = WatchedWork.DATE.format(from) + " → " + WatchedWork.DATE.format(to);
        notifier.notify(assignmentId, roundReportId, EXTENDED, notifier.contactsOf(unitId),
                change + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()),
                "[Gia hạn] " + subject + " đến " + WatchedWork.DATE.format(to),
                "Thời hạn " + subject + " được gia hạn: " + change + "."
                        + (reason == null || reason.isBlank() ? "" : "\nLý do: " + reason.trim()));
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

    static void requireWorkOpen(Assignment a) {
        if (!a.isOpen()) {
            throw ApiException.conflict("assignment " + a.id() + " is " + a.state());
        }
        if (Assignment.REPORTED.equals(a.state())) {
            throw ApiException.conflict("assignment " + a.id() + " has been reported and awaits review");
        }
    }

    static void requireLater(LocalDate newDeadline, LocalDate current) {
        if (newDeadline == null) {
            throw ApiException.unprocessable("newDeadline (YYYY-MM-DD) is required");
        }
        if (newDeadline.isBefore(Time.today())) {
            throw ApiException.unprocessable("the new deadline " + newDeadline + " is in the past");
        }
        if (current != null && !newDeadline.isAfter(current)) {
            throw ApiException.unprocessable("the new deadline " + newDeadline + " must be later than the current one, "
                    + current);
        }
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw ApiException.unprocessable("a note saying what is recorded is required");
        }
        TextLimits.require("note", note, TextLimits.REASON);
        return note.trim();
    }
}
