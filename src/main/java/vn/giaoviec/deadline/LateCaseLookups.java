package vn.giaoviec.deadline;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.giaoviec.org.UnitRepository;

/** Lookups for bpmn/follow-up.bpmn and bpmn/escalation.bpmn ({@code ${lateCases...}}): who handles a case, and when. */
@Component("lateCases")
public class LateCaseLookups {

    private final LateCaseRepository cases;
    private final LateCaseLists lists;
    private final Deadlines deadlines;
    private final UnitRepository units;

    LateCaseLookups(LateCaseRepository cases, LateCaseLists lists, Deadlines deadlines, UnitRepository units) {
        this.units = units;
        this.cases = cases;
        this.lists = lists;
        this.deadlines = deadlines;
    }

    public String unitOf(long caseId) {
        return lateCase(caseId).unitId();
    }

    /** A follow-up is the monitoring unit's: its focal person takes it without claiming it. */
    public String focalOf(long caseId) {
        return units.focalOf(lateCase(caseId).unitId());
    }

    public String assigneeOf(long caseId) {
        return lateCase(caseId).assignee();
    }

    /** When the task lists the late units. */
    public Date listAt(long caseId) {
        return deadlines.listAt(lateCase(caseId));
    }

    public Date dueOf(long caseId) {
        return deadlines.dueOf(lateCase(caseId));
    }

    /** Whether anybody is still on the case's list. */
    public boolean hasEntries(long caseId) {
        LateCase c = lateCase(caseId);
        return c.isOpen() && !lists.lateWatches(c).isEmpty();
    }

    private LateCase lateCase(long id) {
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("no late case " + id));
    }
}
