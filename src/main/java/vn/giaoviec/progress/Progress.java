package vn.giaoviec.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.giaoviec.directive.assignment.AssignmentStatus;

/**
 * {@code GET /api/directives/{id}/progress}: counts, the cascade tree to any depth, the overdue list.
 * {@code total}, {@code byStatus} and {@code overdue} count the directive's own assignments (DESIGN §5).
 * {@code overdueInCascades}, the late units of the implementation directives below it with their
 * contacts, is for the dashboard; the API leaves it out (the tree shows every level's status) to keep a
 * city-wide answer small.
 */
public record Progress(long directive, String number, int total, Map<AssignmentStatus, Integer> byStatus, Node tree,
                       List<Overdue> overdue, @JsonIgnore List<Overdue> overdueInCascades) {

    /**
     * The root is the issuer; below it the assignments; below a cascading unit, its child directive's.
     * {@code resubmissionDue}: the date a returned report must come back by, which is what the unit's
     * status is measured against until then; null when no report is waiting to be redone.
     */
    public record Node(Long assignment, String unit, String unitName, AssignmentStatus status, LocalDate deadline,
                       LocalDate resubmissionDue, Long childDirective, String childNumber, List<Node> children) {
    }

    /** A late unit: the date it missed (a returned report's resubmission date), by how many days, and whom to call. */
    public record Overdue(long assignment, long directive, String directiveNumber, String unit, String unitName,
                          LocalDate deadline, long daysLate, Contact focalPerson) {
    }

    public record Contact(String id, String name, String email, String phone) {
    }
}
