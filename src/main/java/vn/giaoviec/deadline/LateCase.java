package vn.giaoviec.deadline;

import java.time.LocalDate;

/**
 * The late units of one directive and deadline, handled in one task: the monitoring unit's
 * follow-up (đôn đốc, level 0) or an escalation to a unit's head (level 1: the issuer's, 2: its
 * parent's, ...).
 */
public record LateCase(long id, long directiveId, LocalDate deadline, String kind, int level, String unitId,
                       String assignee, String state, String processInstanceId) {

    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String ESCALATION = "ESCALATION";
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean isOpen() {
        return OPEN.equals(state);
    }

    public boolean isFollowUp() {
        return FOLLOW_UP.equals(kind);
    }
}
