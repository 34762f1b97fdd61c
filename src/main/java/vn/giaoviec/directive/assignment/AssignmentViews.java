package vn.giaoviec.directive.assignment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.DeadlineRules;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.AssignmentDeadlines.Escalation;
import vn.giaoviec.kernel.Time;

/** The JSON shapes of DESIGN §5 for assignments. */
@Component
public class AssignmentViews {

    /** In a directive's or a unit's list. */
    public record Summary(long id, long directive, String directiveNumber, String unit, List<String> items,
                          LocalDate deadline, AssignmentStatus status, Long childDirective) {
    }

    /** {@code GET /api/assignments/{id}}. */
    public record Detail(long id, long directive, String directiveNumber, String unit, List<String> items,
                         List<String> coordinators, LocalDate deadline, AssignmentStatus status, boolean dueSoon,
                         String state, String mode, String assignee, Long childDirective, LocalDate resubmissionDue,
                         String processInstanceId, List<Report> reports, List<Escalation> escalations,
                         List<Attachments.View> attachments) {
    }

    private final DirectiveRepository directives;
    private final ReportRepository reports;
    private final AssignmentDeadlines history;
    private final DeadlineRules deadlines;
    private final Attachments attachments;

    AssignmentViews(DirectiveRepository directives, ReportRepository reports, AssignmentDeadlines history,
                    DeadlineRules deadlines, Attachments attachments) {
        this.attachments = attachments;
        this.directives = directives;
        this.reports = reports;
        this.history = history;
        this.deadlines = deadlines;
    }

    public Summary summary(Assignment a, String directiveNumber) {
        return new Summary(a.id(), a.directiveId(), directiveNumber, a.unitId(), a.itemNos(), a.deadline(),
                AssignmentStatus.of(a, Time.today()), a.childDirectiveId());
    }

    public Detail detail(Assignment a) {
        Directive d = directives.findById(a.directiveId()).orElseThrow();
        AssignmentStatus status = AssignmentStatus.of(a, Time.today());
        return new Detail(a.id(), d.id(), d.number(), a.unitId(), a.itemNos(), a.coordinators(), a.deadline(), status,
                dueSoon(a, status), a.state(), a.mode(), a.assignee(), a.childDirectiveId(), a.resubmissionDue(),
                a.processInstanceId(), reports.ofAssignment(a.id()), history.history(a.id()),
                attachments.ofAssignment(a.id()));
    }

    /** In progress and within the reminder window (the directive's, else the deployment's) before what the unit must meet now. */
    public boolean dueSoon(Assignment a, AssignmentStatus status) {
        LocalDate due = a.currentDue();
        return status == AssignmentStatus.IN_PROGRESS && !Assignment.REPORTED.equals(a.state()) && due != null
                && !Time.today().isBefore(deadlines.reminderDay(a.directiveId(), due));
    }
}
