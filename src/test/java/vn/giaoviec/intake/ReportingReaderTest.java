package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giaoviec.deadline.WorkCalendar;
import vn.giaoviec.directive.DirectiveBody.Reporting;

class ReportingReaderTest {

    private final ReportingReader reader = new ReportingReader(new DeadlineReader(WorkCalendar.fromClasspath()));

    @Test
    void readsPeriodicAndFinalReports() {
        Reporting r = reader.read(List.of("Triển khai kế hoạch hằng năm.",
                "Các đơn vị báo cáo kết quả định kỳ hằng quý; báo cáo tổng kết trước ngày 15/12/2026."),
                LocalDate.of(2026, 1, 5));
        assertThat(r).isEqualTo(new Reporting("QUARTERLY", LocalDate.of(2026, 12, 14)));
    }

    @Test
    void noReportingAskedIsNull() {
        assertThat(reader.read(List.of("Thực hiện chế độ báo cáo định kỳ, đột xuất."), null)).isNull();
    }
}
