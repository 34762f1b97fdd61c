package vn.giaoviec.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.giaoviec.assignment.AssignmentStatus;

/** {@code GET /api/directives/{id}/progress}: counts, the cascade tree to any depth, the overdue list. */
public record Progress(long directive, String number, int total, Map<AssignmentStatus, Integer> byStatus, Node tree,
                       List<Overdue> overdue) {

    /** The root is the issuer; below it the assignments; below a cascading unit, its child directive's. */
    public record Node(Long assignment, String unit, String unitName, AssignmentStatus status, LocalDate deadline,
                       Long childDirective, String childNumber, List<Node> children) {
    }

    public record Overdue(long assignment, String unit, String unitName, LocalDate deadline, long daysLate,
                          Contact focalPerson) {
    }

    public record Contact(String id, String name, String email, String phone) {
    }
}
