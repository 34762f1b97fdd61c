package vn.giaoviec.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The units of one directive whose work falls due on the same day, watched by one
 * {@code deadline-watch} process: one timer per deadline, however many units share it. A group
 * whose first step has fired takes nobody new (a unit arriving later gets a group of its own), nor
 * does one unit's own deadline after an extension or a resubmission ({@code shared} false).
 */
record DeadlineGroup(long id, long directiveId, LocalDate due, boolean shared, String state, Instant remindedAt,
                     Instant overdueAt, int escLevel, String processInstanceId) {

    boolean isOpen() {
        return Watch.OPEN.equals(state);
    }
}
