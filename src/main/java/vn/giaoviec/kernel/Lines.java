package vn.giaoviec.kernel;

import java.util.Arrays;
import java.util.List;

/** Short lists (ids, names, citations) stored one per line in a text column. */
public final class Lines {

    private Lines() {
    }

    public static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    public static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
