package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.directive.DeadlinePolicy;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.WorkCalendar;

/**
 * The one place that says when a deadline acts: the reminder N working days before, the deadline
 * passing, the escalation after the grace and each further level — counted on the working-day
 * calendar, with the directive's own policy over the deployment's defaults. bpmn/deadline-watch.bpmn
 * asks it for its timers ({@code ${deadlines.reminderAt(watchId)}}), the assignment's tasks for their
 * follow-up date, the API for {@code dueSoon}.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineProperties properties;
    private final WorkCalendar calendar;
    private final WatchRepository watches;
    private final JdbcClient jdbc;
    private final TransactionCache cache;

    Deadlines(DeadlineProperties properties, WorkCalendar calendar, WatchRepository watches, JdbcClient jdbc,
              TransactionCache cache) {
        this.properties = properties;
        this.calendar = calendar;
        this.watches = watches;
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** The directive's policy: its own values where it set them, else the deployment's. */
    public DeadlinePolicy policyOf(long directiveId) {
        return cache.get("deadlinePolicy:" + directiveId, () -> jdbc
                .sql("select reminder_days, grace_days, esc_levels from directive_deadlines where directive_id = ?")
                .param(directiveId)
                .query((rs, i) -> new DeadlinePolicy(rs.getObject(1, Integer.class), rs.getObject(2, Integer.class),
                        rs.getObject(3, Integer.class)))
                .optional().orElse(new DeadlinePolicy(null, null, null)).or(properties.policy()));
    }

    public void savePolicy(long directiveId, DeadlinePolicy policy) {
        if (policy != null && !policy.isEmpty()) {
            jdbc.sql("insert into directive_deadlines (directive_id, reminder_days, grace_days, esc_levels) values (?, ?, ?, ?)")
                    .params(directiveId, policy.reminderDays(), policy.graceDays(), policy.levels()).update();
        }
    }

    /** The day the unit is reminded (and {@code dueSoon} starts). */
    public LocalDate reminderDay(long directiveId, LocalDate due) {
        return calendar.plusWorkingDays(due, -policyOf(directiveId).reminderDays());
    }

    /** The last day of the grace of {@code level} (1: the issuer's head; 2: the next unit up; ...). */
    public LocalDate escalationDay(long directiveId, LocalDate due, int level) {
        return calendar.plusWorkingDays(due, policyOf(directiveId).graceDays() + (level - 1) * properties.levelDays());
    }

    public int levels(long directiveId) {
        return policyOf(directiveId).levels();
    }

    // --- timers of bpmn/deadline-watch.bpmn: a moment already past fires at once ---

    public Date reminderAt(long watchId) {
        Watch w = watch(watchId);
        return Time.startOf(reminderDay(w.directiveId(), w.due()));
    }

    public Date deadlinePassedAt(long watchId) {
        return Time.startOf(watch(watchId).due().plusDays(1));
    }

    /** When the next escalation level is due: the day after that level's grace ends. */
    public Date escalationAt(long watchId) {
        Watch w = watch(watchId);
        return Time.startOf(escalationDay(w.directiveId(), w.due(), w.escLevel() + 1).plusDays(1));
    }

    /** Whether the watch goes one level higher: configured, not decided on, and there is a unit above. */
    public boolean hasFurtherLevel(long watchId) {
        Watch w = watch(watchId);
        return w.isOpen() && w.decision() == null && w.escLevel() < levels(w.directiveId());
    }

    /** A task's follow-up date (Tasklist highlights it from then on): its reminder day; null without deadline. */
    public Date followUpOf(long directiveId, LocalDate due) {
        return due == null ? null : Time.startOf(reminderDay(directiveId, due));
    }

    private Watch watch(long id) {
        return watches.findById(id).orElseThrow(() -> new IllegalStateException("no deadline watch " + id));
    }
}
