package vn.giaoviec.rounds;

import java.time.LocalDate;

/**
 * What a unit's report in a round asks of the deadline machinery above it, as an assignment does:
 * watch its deadline while it is open, stop when it is in. Implemented by the deadline module.
 */
public interface RoundDeadlines {

    /**
     * A round's reports are about to be started, in batches side by side: the one watch their shared
     * deadline joins them to exists from now on, so no two batches each make one.
     */
    void expect(long directiveId, LocalDate due);

    /** The round-report process started: its deadline acts. */
    void watch(RoundReport report, long directiveId);

    /** The unit submitted it: the deadline stops acting and the unit drops off the follow-up lists. */
    void submitted(long roundReportId);
}
