package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.rounds.RoundReport;
import vn.giaoviec.kernel.Time;

/**
 * Arms, disarms and re-arms the deadline machinery of a piece of work: one row in
 * {@code deadline_watch} and one {@code deadline-watch} process whose timers {@link Deadlines}
 * computes. Disarming deletes the process (its pending timer goes with it); re-arming for a new
 * deadline starts a fresh one, so a reminder, overdue notice and escalation that had fired fire
 * again for the new date. Assignments, periodic and ad-hoc round reports all go through here.
 */
@Service
public class DeadlineWatches {

    private final WatchRepository watches;
    private final AssignmentRepository assignments;
    private final WatchedWork work;
    private final LateCases cases;
    private final Deadlines deadlines;
    private final RuntimeService runtime;

    DeadlineWatches(WatchRepository watches, AssignmentRepository assignments, WatchedWork work, LateCases cases,
                    Deadlines deadlines, RuntimeService runtime) {
        this.watches = watches;
        this.assignments = assignments;
        this.work = work;
        this.cases = cases;
        this.deadlines = deadlines;
        this.runtime = runtime;
    }

    /** When an assignment's process starts: watch its deadline, unless it has none or is watched already. */
    public void watchAssignment(long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        if (a.currentDue() == null || watches.ofAssignment(assignmentId).filter(Watch::isOpen).isPresent()) {
            return;
        }
        watches.ofAssignment(assignmentId).ifPresentOrElse(
                w -> rearm(w, a.currentDue(), null),
                () -> start(watches.insert(a.directiveId(), a.id(), null, a.unitId(), a.currentDue(), Time.now())));
    }

    public void watchRoundReport(RoundReport r, long directiveId) {
        if (watches.ofRoundReport(r.id()).isEmpty()) {
            start(watches.insert(directiveId, r.assignmentId(), r.id(), r.unitId(), r.deadline(), Time.now()));
        }
    }

    /** The unit delivered (its report, its round report): the deadline stops acting, the lists drop it. */
    public void done(Watch w) {
        if (!w.isOpen()) {
            return;
        }
        watches.closed(w.id(), Watch.DONE);
        stop(w, "Đơn vị đã báo cáo");
        if (w.overdueAt() != null) {
            cases.refresh(w.directiveId(), w.due(), null);
        }
    }

    public void assignmentReported(long assignmentId) {
        watches.ofAssignment(assignmentId).ifPresent(this::done);
    }

    /**
     * A new deadline (an extension, a resubmission): everything fires again for it, the unit's open
     * tasks show it, and the open follow-up and escalation lists of the old one drop the unit.
     */
    public void rearm(Watch w, LocalDate due, Long exceptCase) {
        stop(w, "Thời hạn mới: " + due);
        watches.rearmed(w.id(), due, Time.now());
        start(w.id());
        work.setDue(w, Time.endOf(due), deadlines.followUpOf(w.directiveId(), due));
        if (w.overdueAt() != null) {
            cases.refresh(w.directiveId(), w.due(), exceptCase);
        }
    }

    /** A returned report: its resubmission deadline is watched like the first one. */
    public void watchResubmission(long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        watches.ofAssignment(assignmentId).ifPresentOrElse(w -> rearm(w, a.currentDue(), null),
                () -> watchAssignment(assignmentId));
    }

    private void start(long watchId) {
        Watch w = watches.findById(watchId).orElseThrow();
        String pid = runtime.startProcessInstanceByKey(DeadlineProcess.WATCH,
                work.directive(w.directiveId()).number(), Map.of(DeadlineProcess.WATCH_ID, watchId)).getId();
        watches.setProcessInstance(watchId, pid);
    }

    private void stop(Watch w, String reason) {
        if (w.processInstanceId() != null) {
            runtime.deleteProcessInstanceIfExists(w.processInstanceId(), reason, true, true, false, false);
        }
    }
}
