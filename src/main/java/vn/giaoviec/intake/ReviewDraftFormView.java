package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.ShownFormData;

/**
 * The recipients Kiểm tra bản đăng ký offers ({@code recipientOptions}): a city's two thousand units
 * and their selectors, served when the form is opened instead of copied into every import's
 * variables. The draft's own recipients are among them, or the form's tag lists would drop them.
 */
@Component
class ReviewDraftFormView implements ShownFormData {

    static final String RECIPIENT_OPTIONS = "recipientOptions";

    private final RecipientOptions options;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final ObjectMapper json;

    ReviewDraftFormView(RecipientOptions options, RepositoryService repository, TaskService tasks, ObjectMapper json) {
        this.options = options;
        this.repository = repository;
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    public Map<String, Object> shownOn(Task task) {
        if (!IntakeProcess.REVIEW_DRAFT.equals(task.getTaskDefinitionKey()) || task.getProcessDefinitionId() == null
                || !IntakeProcess.KEY.equals(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey())) {
            return Map.of();
        }
        return Map.of(RECIPIENT_OPTIONS, options.with(drafted(task)));
    }

    private List<String> drafted(Task task) {
        if (!(tasks.getVariableLocalTyped(task.getId(), ReviewDraftForm.DRAFT, false) instanceof SerializableValue value)) {
            return List.of();
        }
        try {
            DirectiveBody draft = json.readValue(value.getValueSerialized(), DirectiveBody.class);
            List<String> specs = new ArrayList<>();
            if (draft.items() != null) {
                draft.items().forEach(i -> specs.addAll(i.recipients() == null ? List.of() : i.recipients()));
            }
            return specs;
        } catch (JsonProcessingException e) {
            return List.of(); // a draft changed through /engine-rest: the organisation's options still serve
        }
    }
}
