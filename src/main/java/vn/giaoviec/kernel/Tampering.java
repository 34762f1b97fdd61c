package vn.giaoviec.kernel;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task's listener finds its business row through an id in a process variable; the row in turn
 * names its process instance. Where the two disagree, the variable was changed on the way in (a
 * completion through /engine-rest carrying another unit's id): the listener refuses, and the whole
 * completion with it.
 */
public final class Tampering {

    private Tampering() {
    }

    /** {@code storedProcess}: the process instance our row names (null while it is being started). */
    public static void requireOwnProcess(String storedProcess, DelegateTask task, String what) {
        if (storedProcess != null && !storedProcess.equals(task.getProcessInstanceId())) {
            throw ApiException.forbidden(what + " belongs to another process: this task's variables were changed");
        }
    }
}
