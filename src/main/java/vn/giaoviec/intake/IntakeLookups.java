package vn.giaoviec.intake;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentTasks;

/** Lookups for bpmn/directive-intake.bpmn ({@code ${intake...}}). */
@Component("intake")
public class IntakeLookups {

    private final AssignmentTasks tasks;

    IntakeLookups(AssignmentTasks tasks) {
        this.tasks = tasks;
    }

    /** The clerk checks the draft within the time a review of a report takes. */
    public Date reviewDue() {
        return tasks.reviewDue();
    }
}
