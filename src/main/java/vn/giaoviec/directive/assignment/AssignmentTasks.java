package vn.giaoviec.directive.assignment;

import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.DeadlineRules;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.kernel.WorkCalendar;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitPeople;
import vn.giaoviec.org.UnitRepository;

/**
 * Lookups for bpmn/assignment.bpmn ({@code ${assignmentTasks...}}): who works on a task and by
 * when, read from our tables when the task is created, so a process variable never goes stale.
 */
@Component("assignmentTasks")
public class AssignmentTasks {

    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final WorkCalendar calendar;
    private final int reviewDays;
    private final TransactionCache cache;
    private final DeadlineRules deadlines;
    private final UnitPeople people;
    private final AssignmentForms forms;

    AssignmentTasks(AssignmentRepository assignments, DirectiveRepository directives, WorkCalendar calendar,
                    @Value("${giaoviec.review.days:3}") int reviewDays, TransactionCache cache, DeadlineRules deadlines,
                    UnitPeople people, AssignmentForms forms) {
        this.people = people;
        this.forms = forms;
        this.cache = cache;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.directives = directives;
        this.calendar = calendar;
        this.reviewDays = reviewDays;
    }

    public String unitOf(long assignmentId) {
        return assignment(assignmentId).unitId();
    }

    /**
     * Who takes the unit's task without claiming it: its focal person (the work is addressed to them);
     * the unit stays the candidate group, so a colleague can take it over.
     */
    public String focalOf(long assignmentId) {
        return focal(assignment(assignmentId).unitId());
    }

    /**
     * The unit's head, for a step a process owner adds where the head approves (element template
     * "Phê duyệt của thủ trưởng"); the focal person when the unit has no head on file.
     */
    public String headOf(long assignmentId) {
        String unitId = assignment(assignmentId).unitId();
        return UnitRepository.head(people.of(unitId)).map(Person::id).orElseGet(() -> focal(unitId));
    }

    /** The unit's latest report in a few lines, for a step a process owner adds ("Phê duyệt của thủ trưởng"). */
    public String reportSummaryOf(long assignmentId) {
        return forms.reportSummary(assignment(assignmentId));
    }

    /** Who reports: the staff member chosen on receipt, else the unit's focal person. */
    public String assigneeOf(long assignmentId) {
        Assignment a = assignment(assignmentId);
        return a.assignee() != null ? a.assignee() : focal(a.unitId());
    }

    /** The monitoring unit reviews, or the issuer when the reporting unit is the monitoring unit itself. */
    public String reviewerOf(long assignmentId) {
        return reviewer(assignment(assignmentId));
    }

    /** The reviewing unit's focal person. */
    public String reviewerFocalOf(long assignmentId) {
        return focal(reviewer(assignment(assignmentId)));
    }

    public Date dueOf(long assignmentId) {
        return Time.endOf(assignment(assignmentId).currentDue());
    }

    /** The task's follow-up date: its reminder day, from which Tasklist highlights it; null without deadline. */
    public Date followUpOf(long assignmentId) {
        Assignment a = assignment(assignmentId);
        return deadlines.followUpOf(a.directiveId(), a.currentDue());
    }

    public Date reviewDue() {
        return Time.endOf(calendar.plusWorkingDays(Time.today(), reviewDays));
    }

    String reviewer(Assignment a) {
        Directive d = directives.findById(a.directiveId()).orElseThrow();
        return a.unitId().equals(d.monitoringUnitId()) ? d.issuerId() : d.monitoringUnitId();
    }

    private String focal(String unitId) {
        return people.focalOf(unitId);
    }

    private Assignment assignment(long id) {
        return cache.prefetched(AssignmentForms.ASSIGNMENT + id,
                () -> assignments.findById(id).orElseThrow(() -> new IllegalStateException("no assignment " + id)));
    }
}
