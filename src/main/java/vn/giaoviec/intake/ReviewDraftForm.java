package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.Time;

/**
 * What forms/review-draft.form holds when the task is created: the draft's fields, each warning
 * beside the field it concerns ({@code subjectWarning}, an item row's {@code warnings}), the rest in
 * {@code generalWarning} at the top, and a row per recipient phrase the organisation does not know
 * for the clerk to map ({@code unmapped}). Warnings are shown as Markdown (form-js text components);
 * the form reads a row's as {@code this.warnings}: form-js 1.8.7 resolves a dynamic list row's own
 * values in templates and conditions only through {@code this.} (a bare name is null there).
 */
final class ReviewDraftForm {

    static final String DRAFT = "draft";
    static final String ITEMS = "items";
    static final String UNMAPPED = "unmapped";
    static final String GENERAL_WARNING = "generalWarning";
    /** The variable beside a field: {@code subjectWarning}, {@code issuedOnWarning}, ... */
    static final String WARNING = "Warning";

    private static final String ROW = "item:";
    // what Markdown would read as markup in a letter's words: "____", "*", "<", "[1]"
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_<>\\[\\]#~|])");

    private ReviewDraftForm() {
    }

    static Map<String, Object> variables(DirectiveTextParser.Reading reading) {
        DirectiveBody d = reading.draft();
        List<DirectiveBody.Item> items = d.items() == null ? List.of() : d.items();
        Map<String, List<String>> unmapped = unmapped(reading.warnings(), items);

        Map<String, Object> vars = new HashMap<>();
        vars.put(DRAFT, FormVariables.json(d));
        vars.put("number", d.number());
        vars.put("type", d.type());
        vars.put("issuer", d.issuer());
        vars.put("monitoringUnit", d.monitoringUnit());
        vars.put("place", d.place());
        vars.put("issuedOn", Time.text(d.issuedOn()));
        vars.put("subject", d.subject());
        vars.put("legalBasesText", d.legalBases() == null ? "" : String.join("\n", d.legalBases()));
        vars.put("signerText", d.signer() == null ? "" : String.join(" — ", nonNull(d.signer().authority(),
                d.signer().title(), d.signer().name())));

        Map<String, Set<String>> beside = new LinkedHashMap<>();
        Set<String> itemNos = new LinkedHashSet<>();
        items.forEach(i -> itemNos.add(i.no()));
        for (Warnings.Warning w : reading.warnings()) {
            String place = place(w, itemNos, unmapped);
            // in its row, "Mục 2: " would only repeat the row's own number
            beside.computeIfAbsent(place, p -> new LinkedHashSet<>())
                    .add(place.startsWith(ROW) ? capitalised(w.message()) : w.text());
        }
        beside.forEach((place, messages) -> {
            if (!place.startsWith(ROW)) {
                vars.put(place, shown(messages));
            }
        });

        List<Map<String, Object>> rows = new ArrayList<>();
        for (DirectiveBody.Item item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", item.no());
            row.put("text", item.text());
            row.put("recipients", item.recipients() == null ? List.of() : item.recipients());
            row.put("recipientNames", item.recipientNames() == null ? "" : String.join("; ", item.recipientNames()));
            row.put("deadline", Time.text(item.deadline()));
            row.put("deadlineText", item.deadlineText());
            row.put("warnings", shown(beside.getOrDefault(ROW + item.no(), Set.of())));
            rows.add(row);
        }
        vars.put(ITEMS, FormVariables.json(rows));
        vars.put(UNMAPPED, FormVariables.json(unmapped.entrySet().stream().map(e -> Map.of("phrase", e.getKey(),
                "itemsText", "Mục " + String.join(", ", e.getValue()), "recipients", List.of())).toList()));
        return vars;
    }

    /** The nos of the items that name {@code phrase} among their recipients, as printed. */
    static List<String> namedBy(String phrase, List<DirectiveBody.Item> items) {
        return items.stream().filter(i -> i.recipientNames() != null && i.recipientNames().contains(phrase))
                .map(DirectiveBody.Item::no).toList();
    }

    /** Where a warning is shown: beside its field, in its item's row, or at the top. */
    private static String place(Warnings.Warning w, Set<String> itemNos, Map<String, List<String>> unmapped) {
        return switch (w.field()) {
            case ITEM -> itemNos.contains(w.item()) ? ROW + w.item() : GENERAL_WARNING;
            // an unknown addressee that no item took: nothing to map it for
            case ADDRESSEES -> unmapped.containsKey(w.phrase()) ? key(w.field()) + WARNING : GENERAL_WARNING;
            default -> key(w.field()) + WARNING;
        };
    }

    /** Each unknown phrase some item names, with those items. */
    private static Map<String, List<String>> unmapped(List<Warnings.Warning> warnings, List<DirectiveBody.Item> items) {
        Map<String, List<String>> unmapped = new LinkedHashMap<>();
        warnings.stream().map(Warnings.Warning::phrase).filter(p -> p != null && !unmapped.containsKey(p)).forEach(p -> {
            List<String> nos = namedBy(p, items);
            if (!nos.isEmpty()) {
                unmapped.put(p, nos);
            }
        });
        return unmapped;
    }

    /** NUMBER → number, ISSUED_ON → issuedOn: the form's key of the field. */
    private static String key(Warnings.Field field) {
        String[] words = field.name().toLowerCase().split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(capitalised(words[i]));
        }
        return key.toString();
    }

    private static String shown(Set<String> messages) {
        return String.join("\n", messages.stream().map(m -> "⚠ " + MARKUP.matcher(m).replaceAll("\\\\$1")).toList());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1);
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
