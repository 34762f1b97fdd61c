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
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.kernel.Time;

/**
 * Arms, disarms and re-arms the deadline machinery of a piece of work, whatever its kind: one row in
 * {@code deadline_watch}, in the group of its directive and deadline whose one {@code deadline-watch}
 * process has the timers ({@link Deadlines} computes them). Disarming only closes the row: the group's
 * steps act on open watches, and the process runs out by itself. Re-arming for a new deadline puts the
 * watch in a fresh group of its own, so a reminder, overdue notice and escalation that had fired fire
 * again for the new date. A watch that leaves the late lists says so ({@link LateListChanged}).
 */
@Service
class DeadlineWatches {

    private final WatchRepository watches;
    private final GroupRepository groups;
    private final Deadlines deadlines;
    private final DirectiveCache directives;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final TransactionCache cache;

    DeadlineWatches(WatchRepository watches, GroupRepository groups, Deadlines deadlines, DirectiveCache directives,
                    RuntimeService runtime, TaskService tasks, ApplicationEventPublisher events, TransactionCache cache) {
        this.cache = cache;
        this.watches = watches;
        this.groups = groups;
        this.deadlines = deadlines;
        this.directives = directives;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
    }

    /** A new watch of the work ({@code roundReportId} null for an assignment's own work). */
    void start(long directiveId, long assignmentId, Long roundReportId, String unitId, LocalDate due) {
        watches.insert(directiveId, assignmentId, roundReportId, unitId, due, sharedGroup(directiveId, due), Time.now());
    }

    /** The units of this directive and deadline are about to be issued: their shared group exists from now on. */
    void expect(long directiveId, LocalDate due) {
        sharedGroup(directiveId, due);
    }

    /** The unit delivered: the deadline stops acting, the lists drop it. */
    void done(Watch w) {
        if (!w.isOpen()) {
            return;
        }
        watches.closed(w.id(), Watch.DONE);
        leftLists(w, null);
    }

    /**
     * A new deadline (an extension, a resubmission): everything fires again for it, the work's open
     * tasks ({@code workProcess}) show it, and the open lists of the old one drop the unit.
     */
    void rearm(Watch w, LocalDate due, Long exceptCase, String workProcess) {
        watches.rearmed(w.id(), due, newGroup(w.directiveId(), due, false), Time.now());
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

    /**
     * The group of this directive and deadline that still takes units, or a new one; found once per
     * transaction (an issuing batch joins it 250 times under the one lock it took).
     */
    private long sharedGroup(long directiveId, LocalDate due) {
        return cache.get("deadlineGroup:" + directiveId + "/" + due, () -> {
            for (long id : groups.joinable(directiveId, due)) {
                if (groups.lockToJoin(id)) {
                    return id;
                }
            }
            return newGroup(directiveId, due, true);
        });
    }

    private long newGroup(long directiveId, LocalDate due, boolean shared) {
        long id = groups.insert(directiveId, due, shared, Time.now());
        String pid = runtime.startProcessInstanceByKey(DeadlineProcess.WATCH, directives.of(directiveId).number(),
                Map.of(DeadlineProcess.GROUP_ID, id)).getId();
        groups.setProcessInstance(id, pid);
        return id;
    }
}
