package vn.giaoviec.intake;

/** The text as lines, each with its {@link Fold#key} for matching. */
final class Doc {

    private final String[] lines;
    private final String[] keys;

    Doc(String text) {
        lines = Fold.clean(text).split("\n", -1);
        keys = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].stripTrailing();
            keys[i] = Fold.key(lines[i]);
        }
    }

    int size() {
        return lines.length;
    }

    String line(int i) {
        return lines[i];
    }

    String key(int i) {
        return keys[i];
    }

    boolean blank(int i) {
        return lines[i].isBlank();
    }
}
