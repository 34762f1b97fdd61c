package vn.giaoviec.kernel;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a process's open user task the way Tasklist does: the form's variables set on the task,
 * then complete, as the acting user, in one transaction. A conflict with a timer or job touching the
 * same instance is retried, so a user's action never fails because the engine was busy.
 * <p>
 * The caller has already checked the user's right to the step against our tables, so the engine does
 * not check it a second time: its checks of a variable write and of a completion are each a query the
 * engine builds anew, a third of a completion's time in the JVM (measured with CompletionBenchmark).
 * The user still stands in the engine's operation log as the one who completed the task.
 */
@Component
public class EngineActions {

    private static final int ATTEMPTS = 5;

    private final IdentityService identity;
    private final TransactionTemplate tx;
    private final CommandExecutor commands;

    EngineActions(IdentityService identity, TransactionTemplate tx, ProcessEngine engine) {
        this.identity = identity;
        this.tx = tx;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
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
                    identity.setAuthentication(user.id(), user.groups());
                    try {
                        if (processInstanceId == null
                                || !commands.execute(new CompleteWithForm(processInstanceId, taskKey, formVariables))) {
                            throw ApiException.conflict(notWaiting);
                        }
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

    /**
     * The form's values set on the process's open task of that key and the task completed, in one engine
     * command without the engine's checks; false when no such task waits.
     */
    private record CompleteWithForm(String processInstanceId, String taskKey, Map<String, Object> form)
            implements Command<Boolean> {

        @Override
        public Boolean execute(CommandContext context) {
            return context.runWithoutAuthorization(() -> {
                // the instance's few tasks by a plain statement: the task query's dynamic SQL costs more than the completion
                TaskEntity task = context.getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
                        .filter(t -> taskKey.equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
                if (task == null) {
                    return false;
                }
                // a field the task holds (its form was opened in Tasklist) is written there; the others
                // live for this command only: the listeners read them, our tables keep what counts
                form.forEach((name, value) -> task.setVariableLocal(name, task.hasVariableLocal(name)
                        ? FormVariables.storable(value) : FormVariables.transientValue(value)));
                new CompleteTaskCmd(task.getId(), null).execute(context);
                return true;
            });
        }
    }
}
