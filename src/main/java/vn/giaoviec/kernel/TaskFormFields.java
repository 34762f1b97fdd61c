package vn.giaoviec.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The editable fields of a task's form ({@link ShownFormData#editableOn}), stored on the task when its
 * form is opened, so that the submission lands on the task where its listener reads it. A task
 * completed through our API never has them.
 */
@Component
public class TaskFormFields {

    private static final Logger log = LoggerFactory.getLogger(TaskFormFields.class);

    private final List<ShownFormData> sources;
    private final TaskService tasks;

    TaskFormFields(List<ShownFormData> sources, TaskService tasks) {
        this.sources = sources;
        this.tasks = tasks;
    }

    /** Stores the fields the task does not hold yet and gives them; the caller has turned the engine's checks off. */
    public Map<String, Object> storeMissing(Task task) {
        Map<String, Object> editable = new HashMap<>();
        sources.forEach(source -> editable.putAll(source.editableOn(task)));
        editable.keySet().removeAll(tasks.getVariablesLocalTyped(task.getId(), false).keySet());
        if (!editable.isEmpty()) {
            try {
                tasks.setVariablesLocal(task.getId(), FormVariables.storable(editable));
            } catch (ProcessEngineException e) {
                // most likely the same form opened twice at once, and the other opening stored them (the engine
                // keeps one variable of a name per task); otherwise a submission would not find them: worth a line
                log.warn("Could not store the form fields of task {} (stored by another opening?): {}", task.getId(),
                        e.getMessage());
            }
        }
        return editable;
    }
}
