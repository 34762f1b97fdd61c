package vn.giaoviec.deadline;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's request for more time (xin gia hạn), decided by the issuer's head or the monitoring unit. */
public record ExtensionRequest(long id, long assignmentId, String requestedBy, Instant requestedAt,
                               LocalDate currentDeadline, LocalDate newDeadline, String reason, String state,
                               String decidedBy, Instant decidedAt, LocalDate grantedDeadline, String comment,
                               String processInstanceId) {

    public static final String PENDING = "PENDING";
    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";
    public static final String CANCELLED = "CANCELLED";
}
