package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an assignment asks of the deadline machinery above it: to watch what the unit must meet now,
 * to stop when the report is in, to file a request for more time, and the history of what the
 * machinery did. Declared here, implemented by the deadline module.
 */
public interface AssignmentDeadlines {

    /**
     * The unit must now meet {@link Assignment#currentDue()}: the first deadline when the process starts,
     * the resubmission deadline when a report was returned. Nothing happens without a due date or when it
     * is watched already.
     */
    void watch(Assignment assignment);

    /**
     * An issuing batch is about to start these assignments' processes, each of which calls {@link #watch}:
     * what is watched of them already is read at once, for the batch's transaction.
     */
    void starting(List<Long> assignmentIds);

    /**
     * A directive's assignments are registered with these deadlines: each deadline's shared watch starts
     * now, once, so that the issuing batches, which run side by side, all join it.
     */
    void expect(long directiveId, List<LocalDate> deadlines);

    /** The report is in: the deadline stops acting and the unit drops off the follow-up lists. */
    void reported(long assignmentId);

    /** The unit asks for more time on its report task (xin gia hạn); refuses (409/422) what does not fit. */
    void askForTime(Assignment assignment, LocalDate newDeadline, String reason, String actor);

    /** Every notice and decision recorded on the assignment, oldest first. */
    List<Escalation> history(long assignmentId);

    /** One recorded notice or decision: REMINDER, OVERDUE, FOLLOW_UP, ESCALATED, EXTENDED, REASSIGNED, ... */
    record Escalation(String type, Instant at, String to, String note, Long roundReport) {
    }
}
