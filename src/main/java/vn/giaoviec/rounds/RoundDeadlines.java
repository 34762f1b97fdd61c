package vn.giaoviec.rounds;

/**
 * What a unit's report in a round asks of the deadline machinery above it, as an assignment does:
 * watch its deadline while it is open, stop when it is in. Implemented by the deadline module.
 */
public interface RoundDeadlines {

    /** The round-report process started: its deadline acts. */
    void watch(RoundReport report, long directiveId);

    /** The unit submitted it: the deadline stops acting and the unit drops off the follow-up lists. */
    void submitted(long roundReportId);
}
