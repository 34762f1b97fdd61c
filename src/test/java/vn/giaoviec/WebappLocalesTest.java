package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's webapps speak Vietnamese through files the application serves beside Camunda's own
 * (src/main/resources/META-INF/resources/webjars/camunda/app/*): a config.js per app and a vi.json
 * per app. Tasklist and the login/welcome page are translated completely: when a Camunda upgrade adds
 * a key to its en.json, the test fails and names it. Cockpit is translated in the views an operator
 * uses every day; the rest falls back to English (never to a raw key).
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    // {{count}} and the like, and the markup some labels carry: the translation must keep both
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|</?(a|b|br|code|em|i|p|span|strong)\\b[^>]*>");
    // names, not words: the same in both languages
    private static final Set<String> NAMES = Set.of("Cockpit", "Camunda", "BPMN", "DMN", "CMMN", "ID", "JSON", "XML");
    // what an operator opens: login, header, dashboard, the process and instance views with their tabs
    private static final List<String> COCKPIT_VIEWS = List.of("PAGE_LOGIN", "DASHBOARD", "PROCESS_INSTANCE",
            "PROCESS_DEFINITION", "PLUGIN_INCIDENTS", "PLUGIN_VARIABLE", "PLUGIN_USER", "PLUGIN_CALLED", "PLGN_PDEF",
            "PLGN_DPLY", "CAM_WIDGET", "BREAD_CRUMBS");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void everyEnglishLabelHasAVietnameseOne(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");
        List<String> missing = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            // an empty English label (NO_TASK_FORM) may stay empty
            if (!vietnamese.hasNonNull(key) || vietnamese.get(key).asText().isBlank() && !english.get(key).asText().isEmpty()) {
                missing.add(key);
            }
        });
        assertThat(missing).as("labels of %s/en.json without a Vietnamese one", app).isEmpty();
        assertThat(untranslated(english, vietnamese)).as("labels of %s left in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit"})
    void translationsKeepPlaceholdersAndNameOnlyCamundasKeys(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");
        List<String> wrong = new ArrayList<>();
        vietnamese.fields().forEachRemaining(label -> {
            if (!english.has(label.getKey())) {
                wrong.add(label.getKey() + " (no such key in Camunda's en.json)");
            } else if (!placeholders(english.get(label.getKey()).asText()).equals(placeholders(label.getValue().asText()))) {
                wrong.add(label.getKey() + ": " + label.getValue().asText());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void cockpitsEverydayViewsAreVietnamese() throws IOException {
        JsonNode english = labels("cockpit", "en");
        JsonNode vietnamese = labels("cockpit", "vi");
        List<String> missing = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            if (COCKPIT_VIEWS.stream().anyMatch(key::startsWith) && !vietnamese.hasNonNull(key)
                    && !english.get(key).asText().isEmpty()) {
                missing.add(key);
            }
        });
        assertThat(missing).isEmpty();
        assertThat(untranslated(english, vietnamese)).isEmpty();
    }

    @Test
    void datesAreWrittenDayFirstAndRelativeDatesInVietnamese() throws IOException {
        JsonNode dates = read(APPS + "tasklist/locales/vi.json").get("dateLocales");
        Set<String> parts = new TreeSet<>();
        read(APPS + "tasklist/locales/en.json").get("dateLocales").fieldNames().forEachRemaining(parts::add);
        assertThat(dates.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(parts);
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.at("/relativeTime/dd").asText()).isEqualTo("%d ngày");
        assertThat(dates.at("/relativeTime/past").asText()).isEqualTo("%s trước");
        assertThat(read(APPS + "cockpit/locales/vi.json").get("dateLocales")).isEqualTo(dates);
    }

    /** Vietnamese first for everyone; where Cockpit has no Vietnamese label yet, English rather than a key. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit"})
    void theAppsOfferVietnameseFirst(String app) throws IOException {
        String config = text(APPS + app + "/scripts/config.js");
        assertThat(config).contains("availableLocales: ['vi', 'en']");
        assertThat(config).contains("fallbackLocale: '" + ("cockpit".equals(app) ? "en" : "vi") + "'");
        assertThat(text(APPS + app + "/styles/user-styles.css")).contains(".ce-eol-banner");
    }

    /** Labels copied over unchanged, though they hold English words. */
    private static List<String> untranslated(JsonNode english, JsonNode vietnamese) {
        List<String> same = new ArrayList<>();
        vietnamese.fields().forEachRemaining(label -> {
            String text = label.getValue().asText();
            if (text.equals(english.path(label.getKey()).asText()) && !NAMES.contains(text) && text.matches("(?s).*[A-Za-z]{2,}.*")) {
                same.add(label.getKey() + ": " + text);
            }
        });
        return same;
    }

    private static List<String> placeholders(String label) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(label);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private JsonNode labels(String app, String locale) throws IOException {
        return read(APPS + app + "/locales/" + locale + ".json").get("labels");
    }

    /** Camunda's en.json comes from its webjar, ours from src/main/resources: both on the classpath. */
    private JsonNode read(String resource) throws IOException {
        try (InputStream in = stream(resource)) {
            return json.readTree(in);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }
}
