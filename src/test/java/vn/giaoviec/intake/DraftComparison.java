package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import vn.giaoviec.directive.DirectiveBody.Item;
import vn.giaoviec.directive.DirectiveBody.Signer;
import vn.giaoviec.directive.DirectiveBody;

/**
 * Compares a parsed draft with the expected one field by field and keeps a per-field tally.
 * Exact mode compares every field as it is. Noised mode compares what the text says verbatim
 * (subject, names, item texts, deadline phrases) by similarity of the folded letters, since the
 * parser keeps what it reads and the noise changed it; every id, date and code still exactly.
 */
final class DraftComparison {

    /** One field's outcome in one document. */
    record Outcome(String document, String field, boolean ok, Object expected, Object actual) {
    }

    private static final double SIMILAR = 0.9;

    private final boolean noised;
    private final List<Outcome> outcomes = new ArrayList<>();

    DraftComparison(boolean noised) {
        this.noised = noised;
    }

    void compare(String document, DirectiveBody expected, DirectiveBody actual) {
        exact(document, "number", expected.number(), actual.number());
        exact(document, "type", expected.type(), actual.type());
        exact(document, "issuer", expected.issuer(), actual.issuer());
        exact(document, "monitoringUnit", expected.monitoringUnit(), actual.monitoringUnit());
        exact(document, "place", expected.place(), actual.place());
        exact(document, "issuedOn", expected.issuedOn(), actual.issuedOn());
        verbatim(document, "subject", expected.subject(), actual.subject());
        exact(document, "legalBases", expected.legalBases(), actual.legalBases());
        verbatim(document, "issuerName", expected.issuerName(), actual.issuerName());
        verbatimList(document, "addressees", expected.addressees(), actual.addressees());
        exact(document, "reporting", expected.reporting(), actual.reporting());
        exact(document, "signer.authority", signer(expected, Signer::authority), signer(actual, Signer::authority));
        exact(document, "signer.title", signer(expected, Signer::title), signer(actual, Signer::title));
        verbatim(document, "signer.name", signer(expected, Signer::name), signer(actual, Signer::name));
        verbatimList(document, "ccNames", expected.ccNames(), actual.ccNames());
        exact(document, "cc", expected.cc(), actual.cc());
        if (!noised) {
            exact(document, "warnings", expected.warnings(), actual.warnings());
        }
        exact(document, "items.count", expected.items().size(), actual.items().size());
        for (int i = 0; i < expected.items().size(); i++) {
            Item e = expected.items().get(i);
            Item a = i < actual.items().size() ? actual.items().get(i) : new Item(null, null, null, null, null, null, null, null);
            String at = document + " #" + e.no();
            exact(at, "item.no", e.no(), a.no());
            verbatim(at, "item.text", e.text(), a.text());
            exact(at, "item.recipients", e.recipients(), a.recipients());
            verbatimList(at, "item.recipientNames", e.recipientNames(), a.recipientNames());
            exact(at, "item.coordinators", e.coordinators(), a.coordinators());
            exact(at, "item.deadline", e.deadline(), a.deadline());
            verbatim(at, "item.deadlineText", e.deadlineText(), a.deadlineText());
            exact(at, "item.recurrence", e.recurrence(), a.recurrence());
        }
    }

    double accuracy() {
        return (double) outcomes.stream().filter(Outcome::ok).count() / outcomes.size();
    }

    List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }

    /** Correct/total per field, and the overall figure. */
    String table(String title) {
        Map<String, int[]> byField = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] t = byField.computeIfAbsent(o.field(), f -> new int[2]);
            t[0] += o.ok() ? 1 : 0;
            t[1]++;
        }
        StringBuilder b = new StringBuilder(String.format("%n%s%n%-22s %8s %7s%n", title, "field", "correct", "share"));
        byField.forEach((field, t) -> b.append(String.format("%-22s %4d/%-4d %6.1f%%%n", field, t[0], t[1], 100.0 * t[0] / t[1])));
        long ok = outcomes.stream().filter(Outcome::ok).count();
        return b.append(String.format("%-22s %4d/%-4d %6.1f%%%n", "ALL FIELDS", ok, outcomes.size(), 100.0 * accuracy())).toString();
    }

    private void exact(String document, String field, Object expected, Object actual) {
        outcomes.add(new Outcome(document, field, Objects.equals(expected, actual), expected, actual));
    }

    private void verbatim(String document, String field, String expected, String actual) {
        outcomes.add(new Outcome(document, field, same(expected, actual), expected, actual));
    }

    private void verbatimList(String document, String field, List<String> expected, List<String> actual) {
        boolean ok = expected == null || actual == null ? Objects.equals(expected, actual)
                : expected.size() == actual.size();
        for (int i = 0; ok && i < expected.size(); i++) {
            ok = same(expected.get(i), actual.get(i));
        }
        outcomes.add(new Outcome(document, field, ok, expected, actual));
    }

    private boolean same(String expected, String actual) {
        if (!noised || expected == null || actual == null) {
            return Objects.equals(expected, actual);
        }
        String e = Fold.compact(expected);
        String a = Fold.compact(actual);
        int longest = Math.max(e.length(), a.length());
        int budget = (int) Math.ceil(longest * (1 - SIMILAR));
        return longest == 0 || Fuzzy.distance(e, a, budget) <= budget;
    }

    private static String signer(DirectiveBody body, Function<Signer, String> field) {
        return body.signer() == null ? null : field.apply(body.signer());
    }
}
