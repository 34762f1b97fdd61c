package vn.giaoviec.org;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The unit kinds of DESIGN §2; {@code truong} is shorthand for every school kind. */
public final class Kinds {

    public static final List<String> ALL = List.of("ubnd-tp", "so", "lanh-dao", "phong", "ubnd-phuong",
            "mam-non", "tieu-hoc", "thcs", "thpt", "khac");
    public static final List<String> SCHOOLS = List.of("mam-non", "tieu-hoc", "thcs", "thpt");
    public static final String SCHOOL_SHORTHAND = "truong";

    private Kinds() {
    }

    /** Expands {@code truong}; returns null entries' names in {@code unknown}. */
    static Set<String> expand(List<String> names, List<String> unknown) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String name : names) {
            String kind = name.trim();
            if (kind.equals(SCHOOL_SHORTHAND)) {
                kinds.addAll(SCHOOLS);
            } else if (ALL.contains(kind)) {
                kinds.add(kind);
            } else if (!kind.isEmpty()) {
                unknown.add(kind);
            }
        }
        return kinds;
    }
}
