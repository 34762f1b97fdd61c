package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private final WorkCalendar calendar = WorkCalendar.fromClasspath();

    @Test
    void tetHolidaysAreSkipped() {
        // Friday 13/2/2026, then Tết 16–20/2: five working days later is Friday 27/2 (DESIGN §5)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void negativeCountsBack() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 23), -1)).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 27), -5)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void declaredSaturdaysAreWorkedAndTheirSwappedWeekdaysAreNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 17))).isFalse();
    }

    @Test
    void aYearWithoutAFileStillCountsWeekdaysMinusFixedHolidays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 9, 3))).isTrue();
        // Tuesday 29/4/2031 + 1 working day skips 30/4 and 1/5 → Friday 2/5
        assertThat(calendar.plusWorkingDays(LocalDate.of(2031, 4, 29), 1)).isEqualTo(LocalDate.of(2031, 5, 2));
    }

    @Test
    void workingDaysBetweenCountsBothWays() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 13))).isEqualTo(-5);
    }
}
