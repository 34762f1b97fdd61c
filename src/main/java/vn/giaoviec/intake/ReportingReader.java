package vn.giaoviec.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.directive.DirectiveBody.Reporting;
import vn.giaoviec.directive.ReportPeriods;

/**
 * The reporting regime the items ask for: a sentence about reporting ("báo cáo") with a period
 * ("định kỳ hằng quý") sets the periodic report, one with a dated deadline the final report's.
 */
final class ReportingReader {

    /** An item's text and the deadline phrases already found in it. */
    record ItemText(String text, List<DeadlineReader.Deadline> deadlines) {
    }

    private static final Pattern REPORT = Fuzzy.words("bao cao");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;\\n]\\s");

    private ReportingReader() {
    }

    /** The regime the items ask for, or null when they ask for none. */
    static Reporting read(List<ItemText> items) {
        String periodic = null;
        LocalDate finalBy = null;
        for (ItemText item : items) {
            String key = Fold.key(item.text());
            if (!REPORT.matcher(key).find()) {
                continue;
            }
            Matcher end = SENTENCE_END.matcher(key);
            for (int start = 0; start < key.length(); ) {
                int stop = end.find(start) ? end.end() : key.length();
                if (REPORT.matcher(key).region(start, stop).find()) {
                    String recurrence = DeadlineReader.recurrence(item.text().substring(start, stop));
                    // weekly or ongoing reports are the item's own rhythm, not a reporting regime
                    if (periodic == null && recurrence != null && ReportPeriods.KINDS.contains(recurrence)) {
                        periodic = recurrence;
                    }
                    for (DeadlineReader.Deadline d : item.deadlines()) {
                        boolean inSentence = d.start() >= start && d.start() < stop;
                        if (inSentence && d.recurrence() == null && d.date() != null
                                && (finalBy == null || d.date().isAfter(finalBy))) {
                            finalBy = d.date();
                        }
                    }
                }
                start = stop;
            }
        }
        return periodic == null && finalBy == null ? null : new Reporting(periodic, finalBy);
    }
}
