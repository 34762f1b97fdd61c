package vn.giaoviec.deadline;

import java.time.LocalDate;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;

/** What every decision on a late unit requires of its input, whatever the kind of work. */
final class Decisions {

    private Decisions() {
    }

    static void requireReason(String reason) {
        TextLimits.require("reason", reason, TextLimits.REASON);
    }

    /** A new deadline: given, not in the past, later than the current one. */
    static void requireLater(LocalDate newDeadline, LocalDate current) {
        if (newDeadline == null) {
            throw ApiException.unprocessable("newDeadline (YYYY-MM-DD) is required");
        }
        if (newDeadline.isBefore(Time.today())) {
            throw ApiException.unprocessable("the new deadline " + newDeadline + " is in the past");
        }
        if (current != null && !newDeadline.isAfter(current)) {
            throw ApiException.unprocessable("the new deadline " + newDeadline + " must be later than the current one, "
                    + current);
        }
    }

    /** The note of a recorded lateness, trimmed. */
    static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw ApiException.unprocessable("a note saying what is recorded is required");
        }
        TextLimits.require("note", note, TextLimits.REASON);
        return note.trim();
    }
}
