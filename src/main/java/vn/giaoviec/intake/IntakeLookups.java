package vn.giaoviec.intake;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentTasks;
import vn.giaoviec.org.UnitRepository;

/** Lookups for bpmn/directive-intake.bpmn ({@code ${intake...}}). */
@Component("intake")
public class IntakeLookups {

    private final AssignmentTasks tasks;
    private final UnitRepository units;

    IntakeLookups(AssignmentTasks tasks, UnitRepository units) {
        this.tasks = tasks;
        this.units = units;
    }

    /**
     * The clerk's unit, as the review task's candidate group: the unit's filters ("Việc của đơn vị tôi")
     * list tasks by their unit, so a draft held only by its assignee would be found nowhere once the
     * clerk leaves it. None for a user of no unit (admin, who sees every task).
     */
    public List<String> unitOf(String user) {
        return units.person(user).map(p -> List.of(p.unitId())).orElse(List.of());
    }

    /** The clerk checks the draft within the time a review of a report takes. */
    public Date reviewDue() {
        return tasks.reviewDue();
    }
}
