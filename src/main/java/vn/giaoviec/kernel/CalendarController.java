package vn.giaoviec.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/working-days?from=2026-02-13&add=5} → {@code {"date": "2026-02-27"}}; negative add counts back. */
@RestController
class CalendarController {

    /** Ten years of working days either way: more is a typing error, not a deadline. */
    static final int MAX_DAYS = 2_600;

    record WorkingDay(LocalDate date) {
    }

    private final WorkCalendar calendar;

    CalendarController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/calendar/working-days")
    WorkingDay workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String add) {
        if (from == null || from.isBlank() || add == null || add.isBlank()) {
            throw ApiException.badRequest("both from (YYYY-MM-DD) and add (working days, negative counts back) are required");
        }
        LocalDate start;
        int days;
        try {
            start = LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("from must be a date YYYY-MM-DD: " + from);
        }
        try {
            days = Integer.parseInt(add.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("add must be a whole number of working days: " + add);
        }
        if (Math.abs(days) > MAX_DAYS) {
            throw ApiException.badRequest("add must be between -" + MAX_DAYS + " and " + MAX_DAYS + ": " + add);
        }
        return new WorkingDay(calendar.plusWorkingDays(start, days));
    }
}
