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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
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

    private static final Pattern FORM_VARIABLES =
            Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables/?$");
    // another system may submit a form without asking for it first; Tasklist always asks first
    private static final Pattern SUBMIT_FORM = Pattern.compile("^/engine-rest/task/([^/]+)/submit-form/?$");

    private final List<ShownFormData> sources;
    private final TaskFormFields fields;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json;

    ShownFormDataFilter(List<ShownFormData> sources, TaskFormFields fields, TaskService tasks, IdentityService identity,
                        ObjectMapper json) {
        this.sources = sources;
        this.fields = fields;
        this.tasks = tasks;
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? !FORM_VARIABLES.matcher(path(request)).matches()
                : !"POST".equals(request.getMethod()) || !SUBMIT_FORM.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
            Matcher submit = SUBMIT_FORM.matcher(path(request));
            submit.matches();
            prepareSubmission(submit.group(1));
            chain.doFilter(request, response);
            return;
        }
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
     * form's editable fields the task does not hold yet are stored on it now ({@link TaskFormFields})
     * and answered with the rest.
     */
    private Map<String, Object> shownOn(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            Map<String, Object> all = new HashMap<>();
            if (task != null) {
                sources.forEach(source -> all.putAll(source.shownOn(task)));
                all.putAll(fields.storeMissing(task));
            }
            return all;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * A form submitted without having been asked for: its fields are stored on the task first, as its
     * opening would have, so that the submission lands on the task. Only for a caller who may see the
     * task (Camunda's Basic filter, which runs before this one, has set who is calling).
     */
    private void prepareSubmission(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        Task task = caller == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        identity.clearAuthentication();
        try {
            fields.storeMissing(task);
        } finally {
            identity.setAuthentication(caller);
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
