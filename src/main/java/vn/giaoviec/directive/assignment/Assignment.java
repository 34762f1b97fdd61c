package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import vn.giaoviec.directive.Directive;

/** The duty of one unit under one directive for one deadline (giao việc), as stored. */
public record Assignment(
        long id,
        long directiveId,
        String unitId,
        LocalDate deadline,
        List<String> itemNos,
        List<String> coordinators,
        String state,
        String mode,
        String assignee,
        Long childDirectiveId,
        String processInstanceId,
        LocalDate resubmissionDue,
        boolean late,
        Instant receivedAt,
        Instant firstReportedAt,
        Instant completedAt) {

    public static final String ISSUED = "ISSUED";
    public static final String RECEIVED = "RECEIVED";
    public static final String REPORTED = "REPORTED";
    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String CANCELLED = "CANCELLED";

    public boolean isOpen() {
        return !ACCEPTED.equals(state) && !CANCELLED.equals(state);
    }

    /** The assignment's items of the directive's list, as its forms show them: number, text, a blank line between. */
    public String itemsText(List<Directive.Item> items) {
        return items.stream().filter(i -> itemNos.contains(i.no()))
                .map(i -> i.no() + ". " + (i.text() == null ? "" : i.text()))
                .collect(Collectors.joining("\n\n"));
    }

    /** What the unit must meet now: the deadline, or the resubmission deadline of a returned report. */
    public LocalDate currentDue() {
        return RETURNED.equals(state) ? resubmissionDue : deadline;
    }
}
