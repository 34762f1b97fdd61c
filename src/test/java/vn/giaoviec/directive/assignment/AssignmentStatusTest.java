package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AssignmentStatusTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);

    @Test
    void openAndWithinTheDeadlineIsInProgressThroughTheLastDay() {
        assertThat(AssignmentStatus.of(assignment(Assignment.RECEIVED, false, null), DEADLINE))
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(AssignmentStatus.of(assignment(Assignment.RECEIVED, false, null), DEADLINE.plusDays(1)))
                .isEqualTo(AssignmentStatus.OVERDUE);
    }

    @Test
    void aReportWaitingForItsReviewerIsNeverLate() {
        assertThat(AssignmentStatus.of(assignment(Assignment.REPORTED, false, null), DEADLINE.plusDays(30)))
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aReturnedReportIsJudgedByItsResubmissionDeadline() {
        LocalDate resubmit = LocalDate.of(2026, 1, 6);
        assertThat(AssignmentStatus.of(assignment(Assignment.RETURNED, false, resubmit), resubmit))
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(AssignmentStatus.of(assignment(Assignment.RETURNED, false, resubmit), resubmit.plusDays(1)))
                .isEqualTo(AssignmentStatus.OVERDUE);
    }

    @Test
    void acceptedIsOnTimeUnlessAnyReportCameLate() {
        assertThat(AssignmentStatus.of(assignment(Assignment.ACCEPTED, false, null), DEADLINE.plusDays(90)))
                .isEqualTo(AssignmentStatus.DONE_ON_TIME);
        assertThat(AssignmentStatus.of(assignment(Assignment.ACCEPTED, true, null), DEADLINE))
                .isEqualTo(AssignmentStatus.DONE_LATE);
        assertThat(AssignmentStatus.of(assignment(Assignment.REPORTED, true, null), DEADLINE))
                .isEqualTo(AssignmentStatus.OVERDUE);
    }

    @Test
    void noDeadlineAndCancelledAreTheirOwnClasses() {
        Assignment open = new Assignment(1, 1, "u", null, List.of("1"), List.of(), Assignment.RECEIVED, null, null,
                null, null, null, false, null, null, null);
        assertThat(AssignmentStatus.of(open, DEADLINE)).isEqualTo(AssignmentStatus.NO_DEADLINE);
        assertThat(AssignmentStatus.of(assignment(Assignment.CANCELLED, false, null), DEADLINE.plusDays(9)))
                .isEqualTo(AssignmentStatus.CANCELLED);
    }

    private static Assignment assignment(String state, boolean late, LocalDate resubmissionDue) {
        return new Assignment(1, 1, "u", DEADLINE, List.of("1"), List.of(), state, "DIRECT", null, null, null,
                resubmissionDue, late, null, null, null);
    }
}
