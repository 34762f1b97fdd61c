package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the readers could not read, each tagged where it is found with the field it concerns, so the
 * review form shows it next to that field instead of guessing from its words. {@link #texts()} is the
 * draft's public list of strings, as it always was.
 */
final class Warnings {

    /** The fields of the review form a warning can concern. */
    enum Field { NUMBER, ISSUED_ON, PLACE, SUBJECT, ISSUER, MONITORING_UNIT, SIGNER, ADDRESSEES, ITEMS, ITEM }

    /**
     * {@code item}: the item's no, for {@link Field#ITEM}; {@code phrase}: a recipient the text names
     * and the organisation does not know, which the clerk may map to a unit.
     */
    record Warning(Field field, String item, String message, String phrase) {

        String text() {
            return item == null ? message : "Mục " + item + ": " + message;
        }
    }

    private final List<Warning> all = new ArrayList<>();

    void add(Field field, String message) {
        all.add(new Warning(field, null, message, null));
    }

    void item(String no, String message) {
        all.add(new Warning(Field.ITEM, no, message, null));
    }

    /** A recipient phrase the organisation does not know, in the addressees ({@code no} null) or an item. */
    void unmapped(String no, String message, String phrase) {
        all.add(new Warning(no == null ? Field.ADDRESSEES : Field.ITEM, no, message + ": " + phrase, phrase));
    }

    List<Warning> all() {
        return List.copyOf(all);
    }

    /** Each text once, in the order found. */
    List<String> texts() {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        all.forEach(w -> texts.add(w.text()));
        return List.copyOf(texts);
    }
}
