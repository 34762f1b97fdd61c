package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's report on an assignment: per item a status and results, plus difficulties and proposals. */
public record Report(long id, long assignmentId, String submittedBy, Instant submittedAt, LocalDate due, boolean late,
                     List<Item> items, String difficulties, String proposals, String decision, String reviewComment,
                     String reviewedBy, Instant reviewedAt) {

    public static final List<String> ITEM_STATUSES = List.of("DONE", "IN_PROGRESS", "NOT_STARTED");

    public record Item(String no, String status, String result) {
    }
}
