package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.DeadlinePolicy;
import vn.giaoviec.directive.DeadlineRules;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.kernel.WorkCalendar;

/**
 * The one place that says when a deadline acts: the reminder N working days before, the deadline
 * passing, the escalation after the grace and each further level, the moment a follow-up or
 * escalation task lists its late units — counted on the working-day calendar, with the directive's
 * own policy over the deployment's defaults. bpmn/deadline-watch.bpmn asks it for its timers
 * ({@code ${deadlines.reminderAt(groupId)}}); assignments and rounds ask it, as {@link DeadlineRules},
 * for their tasks' follow-up dates and {@code dueSoon}.
 */
@Component("deadlines")
public class Deadlines implements DeadlineRules {

    private final DeadlineProperties properties;
    private final WorkCalendar calendar;
    private final WatchRepository watches;
    private final GroupRepository groups;
    private final DirectiveRepository directives;
    private final TransactionCache cache;

    Deadlines(DeadlineProperties properties, WorkCalendar calendar, WatchRepository watches, GroupRepository groups,
              DirectiveRepository directives, TransactionCache cache) {
        this.properties = properties;
        this.calendar = calendar;
        this.watches = watches;
        this.groups = groups;
        this.directives = directives;
        this.cache = cache;
    }

    @Override
    public DeadlinePolicy policyOf(long directiveId) {
        return cache.get("deadlinePolicy:" + directiveId,
                () -> directives.ownPolicy(directiveId).or(properties.policy()));
    }

    @Override
    public LocalDate reminderDay(long directiveId, LocalDate due) {
        return calendar.plusWorkingDays(due, -policyOf(directiveId).reminderDays());
    }

    @Override
    public Date followUpOf(long directiveId, LocalDate due) {
        return due == null ? null : Time.startOf(reminderDay(directiveId, due));
    }

    /** The last day of the grace of {@code level} (1: the issuer's head; 2: the next unit up; ...). */
    public LocalDate escalationDay(long directiveId, LocalDate due, int level) {
        return calendar.plusWorkingDays(due, policyOf(directiveId).graceDays() + (level - 1) * properties.levelDays());
    }

    public int levels(long directiveId) {
        return policyOf(directiveId).levels();
    }

    // --- timers of bpmn/deadline-watch.bpmn, one set per group: a moment already past fires at once ---

    public Date reminderAt(long groupId) {
        DeadlineGroup g = group(groupId);
        return Time.startOf(reminderDay(g.directiveId(), g.due()));
    }

    public Date deadlinePassedAt(long groupId) {
        return Time.startOf(group(groupId).due().plusDays(1));
    }

    /** When the next escalation level is due: the day after that level's grace ends. */
    public Date escalationAt(long groupId) {
        DeadlineGroup g = group(groupId);
        return Time.startOf(escalationDay(g.directiveId(), g.due(), g.escLevel() + 1).plusDays(1));
    }

    /** Whether the group goes one level higher: configured, and a unit of it is still late and not decided on. */
    public boolean hasFurtherLevel(long groupId) {
        DeadlineGroup g = group(groupId);
        return g.isOpen() && g.escLevel() < levels(g.directiveId()) && watches.anyUndecidedInGroup(groupId);
    }

    // --- the follow-up and escalation cases ---

    /** When a case's task lists the late units: {@code list-delay} after the deadline (or the level's grace) passed. */
    Date listAt(LateCase c) {
        LocalDate after = c.isFollowUp() ? c.deadline() : escalationDay(c.directiveId(), c.deadline(), c.level());
        return Date.from(Time.startOf(after.plusDays(1)).toInstant().plus(properties.listDelay()));
    }

    /** A follow-up is due when escalation starts; an escalation when the next level takes over (or in a few days). */
    Date dueOf(LateCase c) {
        int nextLevel = c.level() + 1;
        if (nextLevel <= levels(c.directiveId())) {
            return Time.endOf(escalationDay(c.directiveId(), c.deadline(), nextLevel));
        }
        return decisionDue();
    }

    /** When a decision asked of a head (an escalation past the last level, an extension request) is due. */
    Date decisionDue() {
        return Time.endOf(calendar.plusWorkingDays(Time.today(), properties.decisionDays()));
    }

    private DeadlineGroup group(long id) {
        return groups.findById(id).orElseThrow(() -> new IllegalStateException("no deadline group " + id));
    }
}
