package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * Giao lại: an assignment moves to another person of its unit, or to another unit, which then
 * receives it anew under a fresh process. The assignment's own operation; the deadline machinery calls
 * it when the issuer decides, and records and announces the decision itself.
 */
@Service
public class AssignmentTransfers {

    private final AssignmentRepository assignments;
    private final AssignmentStarter starter;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    AssignmentTransfers(AssignmentRepository assignments, AssignmentStarter starter, DirectiveRepository directives,
                        UnitRepository units, RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.assignments = assignments;
        this.starter = starter;
        this.directives = directives;
        this.units = units;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** To a colleague in the same unit: the open tasks are theirs from now on. */
    public void toPerson(Assignment a, String userId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(a.unitId()).count() == 0) {
            throw ApiException.unprocessable("assignee " + userId + " is not a member of unit " + a.unitId());
        }
        assignments.assigneeChanged(a.id(), userId);
        if (a.processInstanceId() != null) {
            tasks.createTaskQuery().processInstanceId(a.processInstanceId()).list()
                    .forEach(t -> tasks.setAssignee(t.getId(), userId));
        }
    }

    /** To another unit, which starts over from receipt; refused when the unit has cascaded it already. */
    public Unit toUnit(Assignment a, String unitId) {
        Unit target = units.findById(unitId).orElseThrow(() -> ApiException.unprocessable("unknown unit: " + unitId));
        if (target.id().equals(a.unitId())) {
            throw ApiException.unprocessable("assignment " + a.id() + " is already with unit " + target.id());
        }
        if (a.childDirectiveId() != null) {
            throw ApiException.conflict("unit " + a.unitId() + " has cascaded assignment " + a.id()
                    + " with its own directive: withdraw that directive first");
        }
        if (a.processInstanceId() != null) {
            runtime.deleteProcessInstanceIfExists(a.processInstanceId(), "Giao lại cho " + target.id(),
                    true, true, false, false);
        }
        assignments.movedToUnit(a.id(), target.id());
        String number = directives.findById(a.directiveId()).orElseThrow().number();
        assignments.setProcessInstance(a.id(), starter.start(a.id(), number));
        return target;
    }
}
