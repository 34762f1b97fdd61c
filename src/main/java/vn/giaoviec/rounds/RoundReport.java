package vn.giaoviec.rounds;

import java.time.Instant;
import java.time.LocalDate;

/** One unit's report in a round; it belongs to one of the unit's open assignments of the directive. */
public record RoundReport(long id, long roundId, String unitId, long assignmentId, String state, LocalDate deadline,
                          String processInstanceId, Instant submittedAt, String submittedBy, boolean late,
                          String result, String difficulties, String proposals) {

    public static final String OPEN = "OPEN";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String CANCELLED = "CANCELLED";

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
