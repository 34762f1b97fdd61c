package vn.giaoviec.kernel;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a process's open user task the way Tasklist does: the form's variables set on the task,
 * then complete, as the acting user, in one transaction. A conflict with a timer or job touching the
 * same instance is retried, so a user's action never fails because the engine was busy.
 */
@Component
public class EngineActions {

    private static final int ATTEMPTS = 5;

    private final TaskService tasks;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    EngineActions(TaskService tasks, IdentityService identity, TransactionTemplate tx) {
        this.tasks = tasks;
        this.identity = identity;
        this.tx = tx;
    }

    /**
     * Runs an action that changes the engine without completing a task of its own (an extension
     * re-arming timers, a reassignment restarting a process) in one transaction, retrying a conflict
     * with a job touching the same instances.
     */
    public <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (OptimisticLockingException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public <T> T completeTask(String processInstanceId, String taskKey, String notWaiting, AppUser user,
                              Map<String, Object> formVariables, Supplier<T> afterwards) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    Task task = processInstanceId == null ? null : tasks.createTaskQuery()
                            .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
                    if (task == null) {
                        throw ApiException.conflict(notWaiting);
                    }
                    identity.setAuthentication(user.id(), user.groups());
                    try {
                        tasks.setVariablesLocal(task.getId(), FormVariables.storable(formVariables));
                        tasks.complete(task.getId());
                    } finally {
                        identity.clearAuthentication();
                    }
                    return afterwards.get();
                });
            } catch (OptimisticLockingException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
