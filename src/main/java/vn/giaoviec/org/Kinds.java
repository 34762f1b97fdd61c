package vn.giaoviec.org;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unit kinds of DESIGN §2; {@code truong} is shorthand for every school kind. */
public final class Kinds {

    public static final List<String> ALL = List.of("ubnd-tp", "so", "lanh-dao", "phong", "ubnd-phuong",
            "mam-non", "tieu-hoc", "thcs", "thpt", "khac");
    public static final List<String> SCHOOLS = List.of("mam-non", "tieu-hoc", "thcs", "thpt");
    public static final String SCHOOL_SHORTHAND = "truong";

    /** What a clerk calls the units of a kind, for "Tất cả …" in the forms' recipient lists. */
    private static final Map<String, String> PLURAL_NAMES = Map.ofEntries(Map.entry("so", "sở"),
            Map.entry("lanh-dao", "ban lãnh đạo"), Map.entry("phong", "phòng chuyên môn"),
            Map.entry("ubnd-phuong", "UBND phường"), Map.entry("mam-non", "trường mầm non"),
            Map.entry("tieu-hoc", "trường tiểu học"), Map.entry("thcs", "trường THCS"), Map.entry("thpt", "trường THPT"),
            Map.entry("khac", "đơn vị khác"), Map.entry(SCHOOL_SHORTHAND, "trường học"));

    private Kinds() {
    }

    /** "trường THCS" for {@code thcs}; the kind itself when it has no name. */
    public static String pluralName(String kind) {
        return PLURAL_NAMES.getOrDefault(kind, kind);
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
