package vn.giaoviec.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda webapp's English interface text, from its en.json, less what reads the same in Vietnamese. */
public final class EnglishLabels {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    // the words of the English screens the first users met, also inside longer lines ("Due a year ago")
    private static final Pattern WORDS = Pattern.compile("\\b(Claim|Complete|Created|Due|ago|Filters?|Create task"
            + "|Start process|Keyboard|Shortcuts|Comment|Form|History|Diagram|Description|Powered|Username|Password"
            + "|Log ?in|Log ?out|Select|[Tt]asks?|Camunda 8|Processes|Instances?|Incidents?|Variables?|Deployments?)\\b");
    private static final Map<String, Set<String>> LABELS = new ConcurrentHashMap<>();

    private EnglishLabels() {
    }

    /** The lines of the page (visible text and the placeholders of visible fields) that are English. */
    public static List<String> shown(ChromeDriver browser, String app) {
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.executeScript("return [...document.body.innerText.split('\\n'),"
                + " ...Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'),"
                + " e => e.offsetParent ? e.placeholder : '')].map(s => s.trim()).filter(s => s)");
        Set<String> labels = LABELS.computeIfAbsent(app, EnglishLabels::labels);
        // "null": how Cockpit's own templates write a missing value, not a label
        return shown.stream().filter(text -> !"null".equals(text))
                .filter(text -> labels.contains(text.toLowerCase(Locale.ROOT)) || WORDS.matcher(text).find())
                .distinct().toList();
    }

    private static Set<String> labels(String app) {
        JsonNode english = read(app, "en.json");
        JsonNode vietnamese = read(app, "vi.json");
        Set<String> labels = new HashSet<>();
        english.fields().forEachRemaining(label -> {
            String text = label.getValue().asText().trim();
            if (text.matches("(?s).*[A-Za-z]{2,}.*") && !text.equals(vietnamese.path(label.getKey()).asText().trim())) {
                labels.add(text.toLowerCase(Locale.ROOT));
            }
        });
        return labels;
    }

    private static JsonNode read(String app, String file) {
        try (InputStream in = EnglishLabels.class.getClassLoader().getResourceAsStream(APPS + app + "/locales/" + file)) {
            return new ObjectMapper().readTree(in).get("labels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
