package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giaoviec.kernel.WorkCalendar;

class DeadlineReaderTest {

    private static final LocalDate ISSUED = LocalDate.of(2025, 11, 13);
    private final DeadlineReader reader = new DeadlineReader(WorkCalendar.fromClasspath());

    private DeadlineReader.Deadline one(String text, DeadlineReader.Mode mode, LocalDate issued) {
        List<DeadlineReader.Deadline> found = reader.find(text, mode, issued);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private LocalDate date(String text) {
        return one(text, DeadlineReader.Mode.TEXT, ISSUED).date();
    }

    @Test
    void readsTheDesignsExamples() {
        assertThat(date("Hoàn thành trong Quý 1/2026.")).isEqualTo("2026-03-31");
        assertThat(date("hoàn thành trong tháng 12/2025")).isEqualTo("2025-12-31");
        assertThat(date("báo cáo trước ngày 15/12/2025")).isEqualTo("2025-12-14");
        assertThat(date("thực hiện đến hết năm 2025")).isEqualTo("2025-12-31");
        // 13/11/2025 is a Thursday: Fri 14, Mon 17 ... Thu 20
        assertThat(date("trong 05 ngày làm việc kể từ ngày ký")).isEqualTo("2025-11-20");
    }

    @Test
    void keepsThePhraseAsWrittenAndReadsOcr() {
        DeadlineReader.Deadline d = one("phat trién KHCN. Hoan thanh\ntrong Quy 1/2026.", DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(d.text()).isEqualTo("Hoan thanh\ntrong Quy 1/2026");
        assertThat(date("trong tAm dén hét nam 2025")).isEqualTo("2025-12-31");
        assertThat(date("tổng kết trong Quý I11/2025")).isEqualTo("2025-09-30");
        assertThat(date("chậm nhất ngày 20 tháng 12 năm 2025")).isEqualTo("2025-12-20");
        assertThat(date("trước Quý II/2026")).isEqualTo("2026-03-31");
        assertThat(date("hoàn thành trong 6 tháng đầu năm 2026")).isEqualTo("2026-06-30");
    }

    @Test
    void readsNoisedPhrases() {
        assertThat(date("thi tot nghieptrong thang 4/2026")).isEqualTo("2026-04-30");
        DeadlineReader.Deadline d = one("bao cao trudc ngay 25 hang thang", DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(d.date()).isEqualTo("2025-11-24");
        assertThat(DeadlineReader.recurrence("bao cao dinh kyhang quy")).isEqualTo("QUARTERLY");
    }

    @Test
    void aCitedDocumentsDateIsNoDeadline() {
        assertThat(reader.find("Kế hoạch số 570/KH-SGDĐT ngày 31/01/2026 và văn bản ngày 13 tháng 11 năm 2025",
                DeadlineReader.Mode.TEXT, ISSUED)).isEmpty();
    }

    @Test
    void aRecurringDayIsItsFirstOccurrenceFromTheIssueDate() {
        DeadlineReader.Deadline monthly = one("báo cáo trước ngày 20 hằng tháng", DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(monthly.date()).isEqualTo("2025-11-19");
        assertThat(monthly.recurrence()).isEqualTo("MONTHLY");
        assertThat(one("gửi trước ngày 10 hằng tháng", DeadlineReader.Mode.TEXT, ISSUED).date()).isEqualTo("2025-12-09");
        DeadlineReader.Deadline annual = one("trước ngày 15/6 hằng năm", DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(annual.date()).isEqualTo("2026-06-14");
        assertThat(annual.recurrence()).isEqualTo("ANNUAL");
    }

    @Test
    void aRelativeDeadlineWithoutIssueDateNamesTheProblem() {
        DeadlineReader.Deadline d = one("trong 05 ngày làm việc", DeadlineReader.Mode.TEXT, null);
        assertThat(d.date()).isNull();
        assertThat(d.problem()).isEqualTo("cần ngày ban hành để tính thời hạn");
    }

    @Test
    void aSubjectTakesOnlyFirmDeadlines() {
        assertThat(reader.find("V/v kết quả Quý III/2025 và nhiệm vụ đến hết năm 2025", DeadlineReader.Mode.SUBJECT, ISSUED))
                .extracting(DeadlineReader.Deadline::text).containsExactly("đến hết năm 2025");
    }

    @Test
    void aTableCellNeedsNoMarker() {
        assertThat(one("Quý IV/2026", DeadlineReader.Mode.CELL, ISSUED).date()).isEqualTo("2026-12-31");
        assertThat(one("Tháng 6/2026", DeadlineReader.Mode.CELL, ISSUED).date()).isEqualTo("2026-06-30");
        assertThat(one("30/6/2026", DeadlineReader.Mode.CELL, ISSUED).date()).isEqualTo("2026-06-30");
        assertThat(reader.find("Thường xuyên", DeadlineReader.Mode.CELL, ISSUED)).isEmpty();
    }

    @Test
    void readsRecurrenceWords() {
        assertThat(DeadlineReader.recurrence("báo cáo định kỳ hằng quý")).isEqualTo("QUARTERLY");
        assertThat(DeadlineReader.recurrence("báo cáo hàng tháng")).isEqualTo("MONTHLY");
        assertThat(DeadlineReader.recurrence("định kỳ 6 tháng một lần")).isEqualTo("SEMIANNUAL");
        assertThat(DeadlineReader.recurrence("tổ chức hằng năm")).isEqualTo("ANNUAL");
        assertThat(DeadlineReader.recurrence("Thuong xuyén kiém tra")).isEqualTo("ONGOING");
        assertThat(DeadlineReader.recurrence("trung tâm giáo dục thường xuyên")).isNull();
        assertThat(DeadlineReader.recurrence("năm học 2025-2026")).isNull();
    }

    @Test
    void readsRecurringDeadlinesInWords() {
        DeadlineReader.Deadline yearly = one("gửi kết quả về Sở, hạn cuối ngày 15 tháng 12 hàng năm.",
                DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(yearly.recurrence()).isEqualTo("ANNUAL");
        assertThat(yearly.date()).isEqualTo("2025-12-15");
        assertThat(one("hạn cuối ngày 15 tháng 12 hàng năm", DeadlineReader.Mode.TEXT, LocalDate.of(2025, 12, 20)).date())
                .isEqualTo("2026-12-15");
        DeadlineReader.Deadline monthly = one("báo cáo trước ngày 20 hằng tháng", DeadlineReader.Mode.TEXT, ISSUED);
        assertThat(monthly.recurrence()).isEqualTo("MONTHLY");
        assertThat(monthly.date()).isEqualTo("2025-11-19");
        assertThat(reader.find("báo cáo định kỳ 6 tháng", DeadlineReader.Mode.TEXT, ISSUED)).isEmpty();
        assertThat(DeadlineReader.recurrence("báo cáo định kỳ 6 tháng")).isEqualTo("SEMIANNUAL");
    }

    @Test
    void readsWeeklyAndQuarterlyReportWords() {
        assertThat(DeadlineReader.recurrence("báo cáo tình hình hằng tuần vào thứ Sáu")).isEqualTo("WEEKLY");
        assertThat(DeadlineReader.recurrence("tổng hợp hàng tuần")).isEqualTo("WEEKLY");
        assertThat(DeadlineReader.recurrence("gửi báo cáo quý trước ngày 15 của tháng cuối quý")).isEqualTo("QUARTERLY");
        assertThat(DeadlineReader.recurrence("gửi báo cáo quý I/2026 về Sở")).isNull();
        assertThat(DeadlineReader.recurrence("gửi báo cáo quý 2 về Sở")).isNull();
    }
}
