package vn.giaoviec.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * How much free text our tables keep, checked before anything is written: a text that does not fit
 * is a 422 naming the field, never a database error halfway through an action.
 */
public final class TextLimits {

    /** A report's results, difficulties and proposals; a task item's text; a final report: an Excel cell's worth. */
    public static final int TEXT = 32_000;
    /** A directive's subject (trích yếu). */
    public static final int SUBJECT = 2000;
    /** A reviewer's comment; a directive's legal bases, one per line. */
    public static final int COMMENT = 4000;
    /** A reason or a note that notices and histories quote (extension, lateness, withdrawal). */
    public static final int REASON = 1500;
    /** A list kept one entry per line: unit ids and selectors, names as printed. */
    public static final int LIST = 4000;
    /** A phrase quoted from a letter (its deadline as worded). */
    public static final int PHRASE = 500;
    /** A name: a place, an issuing body, a signer, a title. */
    public static final int NAME = 200;
    /** A document's number and symbol as printed (8628/SGDĐT-VP). */
    public static final int NUMBER = 100;
    /** An item's number (1, 2.a, II.3). */
    public static final int ITEM_NO = 20;

    private TextLimits() {
    }

    /** Notes a problem when {@code text} is longer than {@code max} characters. */
    public static void check(List<String> problems, String field, String text, int max) {
        // texts are kept trimmed
        if (text != null && text.trim().length() > max) {
            problems.add(field + " is too long: " + text.trim().length() + " characters, at most " + max);
        }
    }

    /** Refuses (422) a text longer than {@code max} characters. */
    public static void require(String field, String text, int max) {
        List<String> problems = new ArrayList<>(1);
        check(problems, field, text, max);
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(problems.get(0));
        }
    }
}
