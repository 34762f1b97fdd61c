package vn.giaoviec.directive.assignment;

import java.time.LocalDate;

/**
 * The government's tracking taxonomy (DESIGN §2), computed in this one place. An assignment is on
 * time when its first report met the deadline and every resubmission met its resubmission deadline;
 * waiting for a reviewer never makes a unit late.
 */
public enum AssignmentStatus {
    DONE_ON_TIME("Đã hoàn thành đúng hạn"),
    DONE_LATE("Đã hoàn thành quá hạn"),
    IN_PROGRESS("Đang thực hiện trong hạn"),
    OVERDUE("Quá hạn"),
    NO_DEADLINE("Không có thời hạn"),
    CANCELLED("Đã thu hồi");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the class, as the government's tracking reports print it. */
    public String label() {
        return label;
    }

    public static AssignmentStatus of(Assignment a, LocalDate today) {
        if (Assignment.CANCELLED.equals(a.state())) {
            return CANCELLED;
        }
        if (a.deadline() == null) {
            return NO_DEADLINE;
        }
        if (Assignment.ACCEPTED.equals(a.state())) {
            return a.late() ? DONE_LATE : DONE_ON_TIME;
        }
        if (a.late()) {
            return OVERDUE;
        }
        LocalDate due = Assignment.REPORTED.equals(a.state()) ? null : a.currentDue();
        return due != null && today.isAfter(due) ? OVERDUE : IN_PROGRESS;
    }
}
