package vn.giaoviec.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Turns recipient specs — a unit id, or {@code KINDS@UNIT} (kinds joined by '+') — into units.
 * Every spec that names nothing is reported, so the caller can refuse the whole directive.
 */
@Component
public class RecipientResolver {

    private final UnitRepository units;

    RecipientResolver(UnitRepository units) {
        this.units = units;
    }

    public record Resolution(Map<String, List<Unit>> unitsBySpec, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Resolution resolve(List<String> specs) {
        Map<String, List<Unit>> result = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String raw : specs) {
            String spec = raw == null ? "" : raw.trim();
            if (result.containsKey(spec)) {
                continue;
            }
            if (spec.isEmpty()) {
                problems.add("empty recipient");
                continue;
            }
            int at = spec.indexOf('@');
            if (at < 0) {
                units.findById(spec).ifPresentOrElse(u -> result.put(spec, List.of(u)),
                        () -> problems.add("unknown unit: " + spec));
                continue;
            }
            List<String> unknownKinds = new ArrayList<>();
            Set<String> kinds = Kinds.expand(Arrays.asList(spec.substring(0, at).split("\\+")), unknownKinds);
            String rootId = spec.substring(at + 1);
            var root = units.findById(rootId);
            if (!unknownKinds.isEmpty()) {
                problems.add("unknown unit kind " + String.join(", ", unknownKinds) + " in selector: " + spec);
            } else if (kinds.isEmpty()) {
                problems.add("selector names no kind: " + spec);
            } else if (root.isEmpty()) {
                problems.add("unknown unit: " + rootId + " in selector: " + spec);
            } else {
                List<Unit> selected = units.within(root.get(), kinds);
                if (selected.isEmpty()) {
                    problems.add("selector selects no unit: " + spec);
                } else {
                    result.put(spec, selected);
                }
            }
        }
        return new Resolution(result, problems);
    }
}
