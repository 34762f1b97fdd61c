package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;

/**
 * Arms, disarms and re-arms the deadline machinery of a piece of work, whatever its kind: one row in
 * {@code deadline_watch} and one {@code deadline-watch} process whose timers {@link Deadlines}
 * computes. Disarming deletes the process (its pending timer goes with it); re-arming for a new
 * deadline starts a fresh one, so a reminder, overdue notice and escalation that had fired fire again
 * for the new date. A watch that leaves the late lists says so ({@link LateListChanged}).
 */
@Service
class DeadlineWatches {

    private final WatchRepository watches;
    private final Deadlines deadlines;
    private final DirectiveCache directives;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    DeadlineWatches(WatchRepository watches, Deadlines deadlines, DirectiveCache directives, RuntimeService runtime,
                    TaskService tasks, ApplicationEventPublisher events) {
        this.watches = watches;
        this.deadlines = deadlines;
        this.directives = directives;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
    }

    /** A new watch of the work ({@code roundReportId} null for an assignment's own work). */
    void start(long directiveId, long assignmentId, Long roundReportId, String unitId, LocalDate due) {
        start(watches.insert(directiveId, assignmentId, roundReportId, unitId, due, Time.now()));
    }

    /** The unit delivered: the deadline stops acting, the lists drop it. */
    void done(Watch w) {
        if (!w.isOpen()) {
            return;
        }
        watches.closed(w.id(), Watch.DONE);
        stop(w, "Đơn vị đã báo cáo");
        leftLists(w, null);
    }

    /**
     * A new deadline (an extension, a resubmission): everything fires again for it, the work's open
     * tasks ({@code workProcess}) show it, and the open lists of the old one drop the unit.
     */
    void rearm(Watch w, LocalDate due, Long exceptCase, String workProcess) {
        stop(w, "Thời hạn mới: " + due);
        watches.rearmed(w.id(), due, Time.now());
        start(w.id());
        Date followUp = deadlines.followUpOf(w.directiveId(), due);
        if (workProcess != null) {
            // the open tasks show the new date in Tasklist's list: their due date, follow-up date and name
            for (Task t : tasks.createTaskQuery().processInstanceId(workProcess).list()) {
                t.setDueDate(Time.endOf(due));
                t.setFollowUpDate(followUp);
                t.setName(TaskTitles.redated(t.getName(), due));
                tasks.saveTask(t);
            }
        }
        leftLists(w, exceptCase);
    }

    /** The head decided on the unit (reassigned, lateness recorded): it leaves the escalation lists. */
    void decided(Watch w, String decision, Long exceptCase) {
        if (w != null && w.isOpen()) {
            watches.decided(w.id(), decision);
            if (w.escLevel() > 0) {
                events.publishEvent(new LateListChanged(w.directiveId(), w.due(), exceptCase));
            }
        }
    }

    private void leftLists(Watch w, Long exceptCase) {
        if (w.overdueAt() != null) {
            events.publishEvent(new LateListChanged(w.directiveId(), w.due(), exceptCase));
        }
    }

    private void start(long watchId) {
        Watch w = watches.findById(watchId).orElseThrow();
        String pid = runtime.startProcessInstanceByKey(DeadlineProcess.WATCH, directives.of(w.directiveId()).number(),
                Map.of(DeadlineProcess.WATCH_ID, watchId)).getId();
        watches.setProcessInstance(watchId, pid);
    }

    private void stop(Watch w, String reason) {
        if (w.processInstanceId() != null) {
            runtime.deleteProcessInstanceIfExists(w.processInstanceId(), reason, true, true, false, false);
        }
    }
}
