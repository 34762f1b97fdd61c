package vn.giaoviec.directive;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentTasks;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/** Lookups for bpmn/directive.bpmn ({@code ${directives...}}). */
@Component("directives")
public class DirectiveLookups {

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final AssignmentTasks tasks;
    private final ReportRoundSteps rounds;
    private final UnitRepository units;

    DirectiveLookups(DirectiveRepository directives, AssignmentRepository assignments, AssignmentTasks tasks,
                     ReportRoundSteps rounds, UnitRepository units) {
        this.units = units;
        this.directives = directives;
        this.assignments = assignments;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    public int batchCount(long directiveId) {
        return assignments.batchCount(directiveId);
    }

    public String numberOf(long directiveId) {
        return directive(directiveId).number();
    }

    public String monitoringUnitOf(long directiveId) {
        return directive(directiveId).monitoringUnitId();
    }

    /** The monitoring unit's focal person, who takes its final report without claiming it. */
    public String monitoringFocalOf(long directiveId) {
        return units.focalOf(directive(directiveId).monitoringUnitId());
    }

    public boolean isCascade(long directiveId) {
        return directive(directiveId).parentAssignmentId() != null;
    }

    /** When the final report is due: as long as a review of a report. */
    public Date reviewDue() {
        return tasks.reviewDue();
    }

    // --- the report rounds' event subprocesses ---

    public boolean isPeriodic(long directiveId) {
        return directive(directiveId).periodic() != null;
    }

    /** Rounds stop once the directive is complete or withdrawn. */
    public boolean isActive(long directiveId) {
        return Directive.ACTIVE.equals(directive(directiveId).state());
    }

    /** The start of the day after the next cut-off: when the next periodic round opens. */
    public Date nextPeriodicRoundAt(long directiveId) {
        return Time.startOf(ReportPeriods.cuttingOffOnOrAfter(directive(directiveId).periodic(), Time.today()).to()
                .plusDays(1));
    }

    public int roundBatchCount(long roundId) {
        return rounds.batchCount(roundId);
    }

    private Directive directive(long id) {
        return directives.findById(id).orElseThrow(() -> new IllegalStateException("no directive " + id));
    }
}
