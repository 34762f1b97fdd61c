package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Decree 09/2019 cut-offs across month, quarter and year ends. */
class ReportPeriodsTest {

    @Test
    void aMonthRunsFromTheFifteenthToTheFourteenthAcrossTheMonthEnd() {
        var period = ReportPeriods.cuttingOffOnOrAfter("MONTHLY", LocalDate.of(2026, 1, 20));
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(period.label()).isEqualTo("tháng 2/2026");
        assertThat(period.subject()).isEqualTo("Báo cáo định kỳ tháng 2/2026 (số liệu từ 15/01/2026 đến 14/02/2026)");
        // on the cut-off day itself, that day's period
        assertThat(ReportPeriods.cuttingOffOnOrAfter("MONTHLY", LocalDate.of(2026, 2, 14)).to())
                .isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(ReportPeriods.cuttingOffOnOrAfter("MONTHLY", LocalDate.of(2026, 2, 15)).to())
                .isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void aQuarterEndsOnTheFourteenthOfItsLastMonthAndTheFirstStartsInDecember() {
        var first = ReportPeriods.cuttingOffOnOrAfter("QUARTERLY", LocalDate.of(2025, 12, 20));
        assertThat(first.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(first.to()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(first.label()).isEqualTo("quý I/2026");
        var fourth = ReportPeriods.cuttingOffOnOrAfter("QUARTERLY", LocalDate.of(2025, 10, 1));
        assertThat(fourth.from()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(fourth.to()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(fourth.label()).isEqualTo("quý IV/2025");
    }

    @Test
    void halfYearsAndYearsCutOffInJuneAndDecember() {
        var first = ReportPeriods.cuttingOffOnOrAfter("SEMIANNUAL", LocalDate.of(2026, 1, 5));
        assertThat(first.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(first.to()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(first.label()).isEqualTo("6 tháng đầu năm 2026");
        var second = ReportPeriods.cuttingOffOnOrAfter("SEMIANNUAL", LocalDate.of(2026, 6, 15));
        assertThat(second.from()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(second.to()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(second.label()).isEqualTo("6 tháng cuối năm 2026");
        var year = ReportPeriods.cuttingOffOnOrAfter("ANNUAL", LocalDate.of(2026, 12, 15));
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(year.to()).isEqualTo(LocalDate.of(2027, 12, 14));
        assertThat(year.label()).isEqualTo("năm 2027");
    }

    @Test
    void thePeriodJustCutOffIsTheOneBeforeToday() {
        assertThat(ReportPeriods.cutOffBefore("MONTHLY", LocalDate.of(2026, 2, 15)).to()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(ReportPeriods.cutOffBefore("MONTHLY", LocalDate.of(2026, 2, 14)).to()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(ReportPeriods.cutOffBefore("QUARTERLY", LocalDate.of(2026, 1, 2)).to()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(ReportPeriods.cutOffBefore("ANNUAL", LocalDate.of(2026, 12, 15)).label()).isEqualTo("năm 2026");
    }
}
