package vn.giaoviec.directive;

import java.time.LocalDate;
import java.util.Set;

import vn.giaoviec.kernel.Time;

/**
 * Reporting periods of Decree 09/2019/NĐ-CP (Art. 12): figures are cut off on the 14th — monthly from
 * the 15th of the previous month to the 14th; quarterly from the 15th of the month before the quarter
 * to the 14th of its last month; six-monthly 15/12–14/6 and 15/6–14/12; yearly 15/12–14/12.
 */
public final class ReportPeriods {

    public static final Set<String> KINDS = Set.of("MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL");
    private static final int CUT_OFF_DAY = 14;

    /** A period's first and last day (the cut-off) and its name as a report's title gives it. */
    public record Period(String kind, LocalDate from, LocalDate to, String label) {

        public String subject() {
            return "Báo cáo định kỳ " + label + " (số liệu từ " + Time.text(from) + " đến " + Time.text(to) + ")";
        }
    }

    private ReportPeriods() {
    }

    /** The first period of this regime whose cut-off is on or after {@code day}. */
    public static Period cuttingOffOnOrAfter(String kind, LocalDate day) {
        LocalDate cutOff = day.withDayOfMonth(CUT_OFF_DAY);
        if (cutOff.isBefore(day)) {
            cutOff = cutOff.plusMonths(1);
        }
        while (!cutsOff(kind, cutOff.getMonthValue())) {
            cutOff = cutOff.plusMonths(1);
        }
        return endingOn(kind, cutOff);
    }

    /** The last period of this regime whose cut-off is before {@code day}: the one whose report is due now. */
    public static Period cutOffBefore(String kind, LocalDate day) {
        LocalDate cutOff = day.withDayOfMonth(CUT_OFF_DAY);
        if (!cutOff.isBefore(day)) {
            cutOff = cutOff.minusMonths(1);
        }
        while (!cutsOff(kind, cutOff.getMonthValue())) {
            cutOff = cutOff.minusMonths(1);
        }
        return endingOn(kind, cutOff);
    }

    private static Period endingOn(String kind, LocalDate cutOff) {
        int months = switch (kind) {
            case "MONTHLY" -> 1;
            case "QUARTERLY" -> 3;
            case "SEMIANNUAL" -> 6;
            case "ANNUAL" -> 12;
            default -> throw new IllegalArgumentException("not a reporting period: " + kind);
        };
        LocalDate from = cutOff.minusMonths(months).plusDays(1);
        int month = cutOff.getMonthValue();
        int year = cutOff.getYear();
        String label = switch (kind) {
            case "MONTHLY" -> "tháng " + month + "/" + year;
            case "QUARTERLY" -> "quý " + new String[]{"I", "II", "III", "IV"}[month / 3 - 1] + "/" + year;
            case "SEMIANNUAL" -> (month == 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            default -> "năm " + year;
        };
        return new Period(kind, from, cutOff, label);
    }

    private static boolean cutsOff(String kind, int month) {
        return switch (kind) {
            case "MONTHLY" -> true;
            case "QUARTERLY" -> month % 3 == 0;
            case "SEMIANNUAL" -> month == 6 || month == 12;
            case "ANNUAL" -> month == 12;
            default -> throw new IllegalArgumentException("not a reporting period: " + kind);
        };
    }
}
