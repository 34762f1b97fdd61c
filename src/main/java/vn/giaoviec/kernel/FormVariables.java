package vn.giaoviec.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Task-local variables as Camunda Forms read and write them: text as strings, lists and objects as
 * JSON (Tasklist submits them as Spin JSON; the API stores them the same way). A text longer than
 * Camunda's String column (4,000 characters) travels as a JSON string, which has no such limit and
 * which Tasklist shows as text.
 */
public final class FormVariables {

    /** The length of the engine's column for String variables. */
    public static final int ENGINE_STRING_LIMIT = 4000;

    // strict: 31/02 is a typing error, not 28/02
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FormVariables() {
    }

    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariableLocal(name);
        if (value instanceof SpinJsonNode node) {
            value = node.isString() ? node.stringValue() : node.toString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /**
     * A date as a clerk types it (30/04/2026, 30/4/2026) or as the API sends it (2026-04-30); null
     * when blank. Anything else is the sender's error (422).
     */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, TYPED) : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("not a date (day/month/year, e.g. 30/04/2026): " + t);
        }
    }

    /** The variables as the engine can store them: a text over its String limit becomes a JSON string. */
    public static Map<String, Object> storable(Map<String, Object> variables) {
        Map<String, Object> result = new HashMap<>(variables);
        result.replaceAll((name, value) -> storable(value));
        return result;
    }

    /** One value as the engine can store it. */
    public static Object storable(Object value) {
        return value instanceof String text && text.length() > ENGINE_STRING_LIMIT ? json(text) : value;
    }

    /**
     * A value for the current engine command only: the task's listeners read it, nothing stores it.
     * JSON stays JSON (read in its serialized form, see {@link #read}).
     */
    public static TypedValue transientValue(Object value) {
        if (value instanceof SerializableValue json) {
            return SpinValues.jsonValue(json.getValueSerialized()).setTransient(true).create();
        }
        return value == null ? Variables.untypedNullValue(true) : Variables.untypedValue(value, true);
    }

    /** Reads a JSON variable into {@code type}; null when absent. A malformed value is the sender's error (422). */
    public static <T> T read(VariableScope scope, String name, TypeReference<T> type) {
        TypedValue value = scope.getVariableLocalTyped(name, false);
        try {
            // read a JSON value in its serialized form: asking for its object would deserialize it with Spin
            String json = value == null ? null
                    : value instanceof SerializableValue serializable ? serializable.getValueSerialized()
                    : value.getValue() instanceof String text ? text
                    : JSON.writeValueAsString(value.getValue());
            return json == null || json.isBlank() ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw ApiException.unprocessable("field " + name + " cannot be read: " + e.getOriginalMessage());
        }
    }
}
