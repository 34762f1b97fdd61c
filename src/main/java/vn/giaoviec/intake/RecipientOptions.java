package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.giaoviec.org.Kinds;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * What a clerk picks recipients from in Kiểm tra bản đăng ký: every unit by its name, each followed
 * by the selectors of its subtree ("Tất cả trường THCS thuộc UBND phường Hồng Bàng (4)" for
 * {@code thcs@phuong-hong-bang}), as the organisation has them. Built once: the organisation is loaded
 * at start-up and does not change while running.
 */
@Component
class RecipientOptions {

    private final UnitRepository units;
    private volatile Index index;

    RecipientOptions(UnitRepository units) {
        this.units = units;
    }

    /** Every option ({@code label}, {@code value}), and one for each of {@code specs} the list lacks. */
    List<Map<String, String>> with(Collection<String> specs) {
        Index i = index();
        List<Map<String, String>> options = new ArrayList<>(i.options);
        specs.stream().distinct().filter(spec -> !i.values.contains(spec))
                .forEach(spec -> options.add(option(i.label(spec), spec)));
        return options;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(units.findAll());
            index = i;
        }
        return i;
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static final class Index {

        private final Map<String, Unit> byId;
        private final Map<String, String> names = new HashMap<>();
        /** Per unit, how many units of each kind lie below it. */
        private final Map<String, Map<String, Integer>> below = new HashMap<>();
        private final List<Map<String, String>> options = new ArrayList<>();
        private final Set<String> values = new HashSet<>();

        Index(List<Unit> all) {
            byId = all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<String, Long> sameName = all.stream().collect(Collectors.groupingBy(Unit::name, Collectors.counting()));
            for (Unit u : all) {
                Unit parent = u.parentId() == null ? null : byId.get(u.parentId());
                // two schools of one name in different wards: the ward tells them apart
                names.put(u.id(), sameName.get(u.name()) > 1 && parent != null
                        ? u.name() + " (" + parent.name() + ")" : u.name());
                for (String ancestor : u.path().split("/")) {
                    if (!ancestor.isEmpty() && !ancestor.equals(u.id())) {
                        below.computeIfAbsent(ancestor, a -> new HashMap<>()).merge(u.kind(), 1, Integer::sum);
                    }
                }
            }
            for (Unit u : all) {
                add(names.get(u.id()), u.id());
                Map<String, Integer> kinds = below.getOrDefault(u.id(), Map.of());
                Kinds.ALL.stream().filter(k -> kinds.getOrDefault(k, 0) > 1).map(k -> k + "@" + u.id())
                        .forEach(selector -> add(label(selector), selector));
                if (Kinds.SCHOOLS.stream().filter(kinds::containsKey).count() > 1) {
                    String schools = Kinds.SCHOOL_SHORTHAND + "@" + u.id();
                    add(label(schools), schools);
                }
            }
        }

        private void add(String label, String value) {
            options.add(option(label, value));
            values.add(value);
        }

        /** A unit's name, or what a selector stands for and how many units that is. */
        String label(String spec) {
            int at = spec.indexOf('@');
            Unit root = byId.get(at < 0 ? spec : spec.substring(at + 1));
            if (root == null) {
                return spec;
            }
            if (at < 0) {
                return names.get(spec);
            }
            List<String> kinds = Arrays.asList(spec.substring(0, at).split("\\+"));
            Map<String, Integer> counts = below.getOrDefault(root.id(), Map.of());
            int count = kinds.stream()
                    .flatMap(k -> k.equals(Kinds.SCHOOL_SHORTHAND) ? Kinds.SCHOOLS.stream() : Stream.of(k))
                    .distinct().mapToInt(k -> counts.getOrDefault(k, 0)).sum();
            return "Tất cả " + kinds.stream().map(k -> Kinds.pluralName(k)).collect(Collectors.joining(", "))
                    + " thuộc " + root.name() + " (" + count + ")";
        }
    }
}
