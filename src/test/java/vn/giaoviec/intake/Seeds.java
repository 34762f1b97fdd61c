package vn.giaoviec.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two real letters of {@code ../shared/seeds}: read from there beside the project, else from
 * the copies under {@code src/test/resources/intake/seeds}.
 */
final class Seeds {

    static final String OCR = "000_697a0543ac1c760b.txt";
    static final String CLEAN = "004_956726444667646b.txt";

    private Seeds() {
    }

    static Path shared(String name) {
        return Path.of("..", "shared", "seeds", name);
    }

    static String read(String name) {
        try {
            return Files.exists(shared(name)) ? Files.readString(shared(name)) : resource("intake/seeds/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
