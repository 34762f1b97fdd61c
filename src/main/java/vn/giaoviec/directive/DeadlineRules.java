package vn.giaoviec.directive;

import java.time.LocalDate;
import java.util.Date;

/**
 * What the work below needs to know of the deadline machinery above it: a directive's policy as it
 * applies, the day a unit is reminded, and a task's follow-up date. Declared here, implemented by the
 * deadline module, so that directives and assignments do not depend on it.
 */
public interface DeadlineRules {

    /** The directive's own reminder, grace and escalation values where it set them, else the deployment's. */
    DeadlinePolicy policyOf(long directiveId);

    /** The day the unit is reminded of {@code due}, from which it is "due soon". */
    LocalDate reminderDay(long directiveId, LocalDate due);

    /** A task's follow-up date (Tasklist highlights it from then on): its reminder day; null without deadline. */
    Date followUpOf(long directiveId, LocalDate due);
}
