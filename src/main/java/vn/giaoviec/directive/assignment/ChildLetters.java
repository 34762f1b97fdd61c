package vn.giaoviec.directive.assignment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.directive.DirectiveService;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.WorkCalendar;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * The letter a step of a process owner's issues (element template "Giao việc cho đơn vị"): from the
 * unit an assignment is addressed to, one task to the units a selector names, due a number of working
 * days from today (never after the unit's own deadline), numbered by the unit's register. Validated
 * like any directive: a selector that names no unit is refused with what is wrong.
 */
@Service
class ChildLetters {

    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final DirectiveService directives;
    private final WorkCalendar calendar;

    ChildLetters(AssignmentRepository assignments, UnitRepository units, DirectiveService directives, WorkCalendar calendar) {
        this.assignments = assignments;
        this.units = units;
        this.directives = directives;
        this.calendar = calendar;
    }

    /** @return the new letter's id; {@code recipients}: unit ids and selectors, comma-separated */
    long issue(long assignmentId, String recipients, String subject, String task, String dueDays) {
        int workingDays;
        try {
            workingDays = Integer.parseInt(dueDays.trim());
        } catch (NumberFormatException e) {
            throw ApiException.unprocessable("childDueDays must be a whole number of working days: " + dueDays);
        }
        if (workingDays < 1 || workingDays > 260) {
            throw ApiException.unprocessable("childDueDays must be between 1 and 260 working days: " + dueDays);
        }
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        Unit unit = units.findById(a.unitId()).orElseThrow();
        LocalDate due = calendar.plusWorkingDays(Time.today(), workingDays);
        if (a.deadline() != null && due.isAfter(a.deadline())) {
            due = a.deadline();
        }
        List<String> to = recipients == null ? List.of()
                : Arrays.stream(recipients.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        DirectiveBody body = new DirectiveBody(AssignmentForms.childNumber(unit, units.within(unit, List.of())), null,
                null, null, null, null, subject, null,
                List.of(new DirectiveBody.Item("1", task, to, List.of(), due, null, null, null)),
                null, null, null, null, null, null, null, null);
        return directives.registerAndIssue(body, a).directive().id();
    }
}
