package vn.giaoviec.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One watched piece of work with a deadline: an assignment's work phase (until its report) or a
 * unit's report in a report round. Its timers are its group's ({@link DeadlineGroup}): the units of a
 * directive with the same deadline share one {@code deadline-watch} process.
 */
public record Watch(long id, long directiveId, long assignmentId, Long roundReportId, String unitId, LocalDate due,
                    String state, Instant remindedAt, Instant overdueAt, int escLevel, String decision,
                    Long groupId) {

    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";
    public static final String CANCELLED = "CANCELLED";

    public static final String LATENESS = "LATENESS";
    public static final String REASSIGNED = "REASSIGNED";

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
