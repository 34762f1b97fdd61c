package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giaoviec.directive.DirectiveBody.Reporting;
import vn.giaoviec.kernel.WorkCalendar;

class ReportingReaderTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private final DeadlineReader deadlines = new DeadlineReader(WorkCalendar.fromClasspath());

    private ReportingReader.ItemText item(String text) {
        return new ReportingReader.ItemText(text, deadlines.find(text, DeadlineReader.Mode.TEXT, ISSUED));
    }

    @Test
    void readsPeriodicAndFinalReports() {
        Reporting r = ReportingReader.read(List.of(item("Triển khai kế hoạch hằng năm, hoàn thành trước ngày 30/6/2026."),
                item("Các đơn vị báo cáo kết quả định kỳ hằng quý; báo cáo tổng kết trước ngày 15/12/2026.")));
        assertThat(r).isEqualTo(new Reporting("QUARTERLY", LocalDate.of(2026, 12, 14)));
    }

    @Test
    void noReportingAskedIsNull() {
        assertThat(ReportingReader.read(List.of(item("Thực hiện chế độ báo cáo định kỳ, đột xuất.")))).isNull();
    }

    @Test
    void weeklyReportsAreNoPeriodicRegime() {
        assertThat(ReportingReader.read(List.of(item("Các đơn vị báo cáo tình hình hằng tuần về Sở.")))).isNull();
    }
}
