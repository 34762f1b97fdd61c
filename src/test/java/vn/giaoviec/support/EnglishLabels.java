package vn.giaoviec.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tasklist's English interface text, from Camunda's en.json, less what reads the same in Vietnamese. */
final class EnglishLabels {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    // the words of Tasklist's English screens, also inside longer lines ("Due a year ago")
    private static final Pattern WORDS = Pattern.compile("\\b(Claim|Complete|Created|Due|ago|Filters?|Create task"
            + "|Start process|Keyboard|Shortcuts|Comment|Form|History|Diagram|Description|Powered|Username|Password"
            + "|Log ?in|Log ?out|Select|[Tt]asks?|Camunda 8)\\b");
    private static final Set<String> LABELS = labels();

    private EnglishLabels() {
    }

    static boolean english(String text) {
        return LABELS.contains(text.toLowerCase(Locale.ROOT)) || WORDS.matcher(text).find();
    }

    private static Set<String> labels() {
        JsonNode english = read("en.json");
        JsonNode vietnamese = read("vi.json");
        Set<String> labels = new HashSet<>();
        english.fields().forEachRemaining(label -> {
            String text = label.getValue().asText().trim();
            if (text.matches("(?s).*[A-Za-z]{2,}.*") && !text.equals(vietnamese.path(label.getKey()).asText().trim())) {
                labels.add(text.toLowerCase(Locale.ROOT));
            }
        });
        return labels;
    }

    private static JsonNode read(String file) {
        try (InputStream in = EnglishLabels.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
            return new ObjectMapper().readTree(in).get("labels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
