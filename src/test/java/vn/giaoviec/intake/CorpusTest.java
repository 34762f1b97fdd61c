package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.WorkCalendar;

/**
 * The corpus of directive texts written for this parser (src/test/resources/intake/corpus): each
 * text beside its expected draft. Parses each as it is and in five OCR-noised variants, holds the
 * field accuracy to what the parser reaches and prints the per-field tables. Another noise seed:
 * {@code -Dnoise.seed=N}.
 */
class CorpusTest {

    // what the parser reaches on this corpus (1.000 clean, 0.990 noised), less a small margin
    private static final double CLEAN_MINIMUM = 0.98;
    private static final double NOISED_MINIMUM = 0.96;
    private static final long NOISE_SEED = Long.getLong("noise.seed", 20251113L);
    private static final int NOISED_VARIANTS = 5;

    private final DirectiveTextParser parser = new DirectiveTextParser(TestOrganisation.units(), WorkCalendar.fromClasspath());
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static List<Path> texts() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getClassLoader().getResource("intake/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void hasTwelveOrMoreDocumentsEachWithItsExpectedDraft() throws Exception {
        assertThat(texts()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(t -> assertThat(expectedFor(t)).exists());
    }

    @Test
    void readsTheCleanCorpus() throws Exception {
        DraftComparison comparison = new DraftComparison(false);
        for (Path text : texts()) {
            comparison.compare(name(text), expected(text), parser.parse(Files.readString(text)));
        }
        report(comparison, "Clean corpus: field accuracy");
        assertThat(comparison.accuracy()).isGreaterThanOrEqualTo(CLEAN_MINIMUM);
    }

    @Test
    void readsTheOcrNoisedCorpus() throws Exception {
        DraftComparison comparison = new DraftComparison(true);
        for (Path text : texts()) {
            for (int variant = 0; variant < NOISED_VARIANTS; variant++) {
                String noisy = OcrNoise.apply(Files.readString(text), NOISE_SEED + variant + name(text).hashCode());
                comparison.compare(name(text) + "~" + variant, expected(text), parser.parse(noisy));
            }
        }
        report(comparison, "OCR-noised corpus, " + NOISED_VARIANTS + " variants per text (no diacritics, letters "
                + "misread, split/joined words, stray marks)");
        assertThat(comparison.accuracy()).isGreaterThanOrEqualTo(NOISED_MINIMUM);
    }

    private static void report(DraftComparison comparison, String title) {
        System.out.println(comparison.table(title));
        comparison.failures().forEach(f -> System.out.printf("  miss %s %s: expected %s, got %s%n",
                f.document(), f.field(), f.expected(), f.actual()));
    }

    /** The draft expected of a corpus text: the .json beside it (also for the real letters' corpus). */
    static DirectiveBody expected(Path text) throws IOException {
        return JSON.readValue(expectedFor(text).toFile(), DirectiveBody.class);
    }

    static Path expectedFor(Path text) {
        return text.resolveSibling(name(text) + ".json");
    }

    static String name(Path text) {
        return text.getFileName().toString().replaceAll("\\.txt$", "");
    }
}
