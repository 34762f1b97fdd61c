package vn.giaoviec.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import vn.giaoviec.directive.DirectiveBody.Reporting;

/**
 * The reporting regime the items ask for: a sentence about reporting ("báo cáo") with a period
 * ("định kỳ hằng quý") sets the periodic report, one with a date the final report's due date.
 */
final class ReportingReader {

    private static final Pattern REPORT = Fuzzy.words("bao cao");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;\\n]\\s");

    private final DeadlineReader deadlines;

    ReportingReader(DeadlineReader deadlines) {
        this.deadlines = deadlines;
    }

    /** The regime the item texts ask for, or null when they ask for none. */
    Reporting read(List<String> itemTexts, LocalDate issuedOn) {
        String periodic = null;
        LocalDate finalBy = null;
        for (String text : itemTexts) {
            for (String sentence : SENTENCE_END.split(text)) {
                if (!REPORT.matcher(Fold.key(sentence)).find()) {
                    continue;
                }
                String recurrence = DeadlineReader.recurrence(sentence);
                if (periodic == null && recurrence != null && !"ONGOING".equals(recurrence)) {
                    periodic = recurrence;
                }
                for (DeadlineReader.Deadline d : deadlines.find(sentence, DeadlineReader.Mode.TEXT, issuedOn)) {
                    if (d.recurrence() == null && d.date() != null && (finalBy == null || d.date().isAfter(finalBy))) {
                        finalBy = d.date();
                    }
                }
            }
        }
        return periodic == null && finalBy == null ? null : new Reporting(periodic, finalBy);
    }
}
