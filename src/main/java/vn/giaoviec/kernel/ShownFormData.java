package vn.giaoviec.kernel;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

/**
 * What a task's form shows but never sends back — the letter's header, the choices of a list, the
 * report under review — read from our tables when the form is opened ({@link ShownFormDataFilter})
 * rather than copied into engine variables, with their history, on every task. A form field showing
 * such a value is disabled, so form-js does not submit it. Values: text, or lists and maps (sent as
 * JSON, as Tasklist reads them).
 */
public interface ShownFormData {

    /** The values {@code task}'s form shows; empty when the task is not this feature's. */
    Map<String, Object> shownOn(Task task);

    /**
     * The fields {@code task}'s form sends back, prefilled. They become the task's own variables when
     * its form is first opened, so that Tasklist's submission lands on the task, where the task
     * listener reads it; a task completed through our API, whose form is never opened, stores none
     * (each would be three rows with their history on every task issued).
     */
    default Map<String, Object> editableOn(Task task) {
        return Map.of();
    }

    /**
     * The id of our row behind a task of step {@code taskKey}: the process variable {@code name}; null for
     * a task of another step or a variable that is not an id. The caller still checks that the row
     * belongs to the task's process (a variable may have been changed).
     */
    static Long idOn(Task task, String taskKey, String name, RuntimeService runtime) {
        if (!taskKey.equals(task.getTaskDefinitionKey()) || task.getExecutionId() == null) {
            return null;
        }
        return runtime.getVariable(task.getExecutionId(), name) instanceof Long id ? id : null;
    }

    /** Fields the form sends back, empty until the user fills them. */
    static Map<String, Object> blank(String... names) {
        Map<String, Object> fields = new HashMap<>();
        for (String name : names) {
            fields.put(name, null);
        }
        return fields;
    }
}
