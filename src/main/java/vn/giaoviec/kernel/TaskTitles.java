package vn.giaoviec.kernel;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How a task names itself in Tasklist's list, so that thirty open tasks answer "which letter, by
 * when" without a click: the step as the diagram names it, the letter's number, the deadline, then
 * whose it is or what it is about — "Nộp báo cáo · 8628/SGDĐT-VP · hạn 31/03/2026 · V/v thực hiện…".
 * Camunda keeps a task's name in 255 characters; the last part is shortened to fit.
 */
public final class TaskTitles {

    static final int LIMIT = 255;
    private static final String SEPARATOR = " · ";
    private static final Pattern DUE = Pattern.compile(" · hạn \\d{2}/\\d{2}/\\d{4}");

    private TaskTitles() {
    }

    /** {@code due} and {@code about} may be null. */
    public static String of(String step, String number, LocalDate due, String about) {
        StringBuilder title = new StringBuilder(step);
        if (number != null) {
            title.append(SEPARATOR).append(number);
        }
        if (due != null) {
            title.append(SEPARATOR).append("hạn ").append(Time.text(due));
        }
        if (about != null && !about.isBlank()) {
            int room = LIMIT - title.length() - SEPARATOR.length();
            String text = about.strip().replaceAll("\\s+", " ");
            if (room > 1) {
                title.append(SEPARATOR).append(text.length() <= room ? text : text.substring(0, room - 1) + "…");
            }
        }
        return title.length() <= LIMIT ? title.toString() : title.substring(0, LIMIT - 1) + "…";
    }

    /** The same title for a new deadline (an extension, a resubmission). */
    public static String redated(String title, LocalDate due) {
        if (title == null || due == null) {
            return title;
        }
        String moved = DUE.matcher(title).replaceFirst(" · hạn " + Time.text(due));
        return moved.length() <= LIMIT ? moved : moved.substring(0, LIMIT - 1) + "…";
    }
}
