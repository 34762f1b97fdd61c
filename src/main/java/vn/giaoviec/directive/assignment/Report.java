package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit's report on an assignment: per item a status and results, plus difficulties and proposals. */
public record Report(long id, long assignmentId, String submittedBy, Instant submittedAt, LocalDate due, boolean late,
                     List<Item> items, String difficulties, String proposals, String decision, String reviewComment,
                     String reviewedBy, Instant reviewedAt) {

    public static final List<String> ITEM_STATUSES = List.of("DONE", "IN_PROGRESS", "NOT_STARTED");

    public record Item(String no, String status, String result) {

        private static final Map<String, String> STATUS_LABELS = Map.of(
                "DONE", "Đã hoàn thành", "IN_PROGRESS", "Đang thực hiện", "NOT_STARTED", "Chưa thực hiện");

        /** "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện" as the forms and reports write it. */
        public String statusLabel() {
            return STATUS_LABELS.getOrDefault(status, status);
        }
    }
}
