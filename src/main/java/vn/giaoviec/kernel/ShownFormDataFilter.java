package vn.giaoviec.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds the {@link ShownFormData} of a task to the engine's answer to "the task's form variables",
 * the call with which Tasklist fills a Camunda Form (and /engine-rest clients read one). Only an
 * answer the engine gave (200: the caller may see the task) is completed, and a real variable of
 * the same name wins.
 */
class ShownFormDataFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ShownFormDataFilter.class);

    private static final Pattern FORM_VARIABLES =
            Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables/?$");

    private final List<ShownFormData> sources;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json;

    ShownFormDataFilter(List<ShownFormData> sources, TaskService tasks, IdentityService identity, ObjectMapper json) {
        this.sources = sources;
        this.tasks = tasks;
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() != 200) {
            answer.copyBodyToResponse();
            return;
        }
        Matcher m = FORM_VARIABLES.matcher(path(request));
        m.matches();
        Map<String, Object> shown = shownOn(m.group(1));
        if (shown.isEmpty()) {
            answer.copyBodyToResponse();
            return;
        }
        ObjectNode variables = (ObjectNode) json.readTree(answer.getContentAsByteArray());
        Set<String> asked = asked(request);
        shown.forEach((name, value) -> {
            if (!variables.has(name) && (asked == null || asked.contains(name))) {
                variables.set(name, typed(value));
            }
        });
        byte[] body = json.writeValueAsBytes(variables);
        answer.resetBuffer();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Read with the engine's checks off: the engine has just answered this caller for this task, and
     * what its form shows is ours to give (a school may see its task, not the process around it). The
     * form's editable fields the task does not hold yet are stored on it now (see
     * {@link ShownFormData#editableOn}) and answered with the rest.
     */
    private Map<String, Object> shownOn(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            Map<String, Object> all = new HashMap<>();
            if (task != null) {
                sources.forEach(source -> all.putAll(source.shownOn(task)));
                Map<String, Object> editable = new HashMap<>();
                sources.forEach(source -> editable.putAll(source.editableOn(task)));
                editable.keySet().removeAll(tasks.getVariablesLocalTyped(taskId, false).keySet());
                if (!editable.isEmpty()) {
                    store(taskId, editable);
                    all.putAll(editable);
                }
            }
            return all;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void store(String taskId, Map<String, Object> fields) {
        try {
            tasks.setVariablesLocal(taskId, FormVariables.storable(fields));
        } catch (ProcessEngineException e) {
            // the same form opened twice at once: the other opening stored them (one name per task)
            log.debug("form fields of task {} stored by another request: {}", taskId, e.getMessage());
        }
    }

    /** As the engine's REST API writes a variable: text as String, lists and maps as JSON. */
    private ObjectNode typed(Object value) {
        ObjectNode node = json.createObjectNode();
        try {
            if (value == null) {
                node.put("type", "Null").putNull("value");
            } else if (value instanceof SerializableValue serialized) {
                node.put("type", "Json").put("value", serialized.getValueSerialized());
            } else if (value instanceof String text) {
                node.put("type", "String").put("value", text);
            } else {
                node.put("type", "Json").put("value", json.writeValueAsString(value));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        node.putObject("valueInfo");
        return node;
    }

    /** The names the caller asked for ({@code variableNames=a,b}), or null for all. */
    private static Set<String> asked(HttpServletRequest request) {
        String names = request.getParameter("variableNames");
        return names == null || names.isBlank() ? null
                : Arrays.stream(names.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
