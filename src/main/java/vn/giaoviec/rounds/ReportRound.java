package vn.giaoviec.rounds;

import java.time.Instant;
import java.time.LocalDate;

/** A report round of a directive: periodic (Decree 09/2019 cut-offs) or ad hoc, one deadline for every unit. */
public record ReportRound(long id, long directiveId, String kind, String periodKind, String subject,
                          LocalDate periodFrom, LocalDate periodTo, LocalDate deadline, Instant createdAt,
                          String createdBy) {

    public static final String PERIODIC = "PERIODIC";
    public static final String ADHOC = "ADHOC";
}
