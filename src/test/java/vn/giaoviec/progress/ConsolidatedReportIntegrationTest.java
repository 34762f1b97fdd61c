package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.LateLetter;
import vn.giaoviec.support.Scenario;

/** The consolidated Excel report, read back as a leader's spreadsheet would read it. */
@IntegrationTest
class ConsolidatedReportIntegrationTest {

    static final DataFormatter SHOWN = new DataFormatter();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    LateLetter lateLetter;
    @Autowired
    Scenario scenario;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void theWorkbookHasTheTitleTheSummaryAndOneRowPerUnitWithItsReport() throws IOException {
        var letter = lateLetter.issue(7511);

        ResponseEntity<byte[]> response = download("so-gddt-vp.focal", letter.id());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("Bao-cao-7511-SGDĐT-VP.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Chi tiết theo đơn vị");

            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(text(summary, 0, 0)).isEqualTo("BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN VĂN BẢN");
            assertThat(text(summary, 1, 0))
                    .isEqualTo("Văn bản số 7511/SGDĐT-VP ngày 02/03/2026 của Sở Giáo dục và Đào tạo");
            assertThat(text(summary, 2, 0)).isEqualTo(letter.subject());
            assertThat(text(summary, 3, 0)).isEqualTo("Số liệu tính đến ngày 08/04/2026");
            assertThat(rowsAfter(summary, "Tình trạng")).containsExactly(
                    List.of("Đã hoàn thành đúng hạn", "2", "20.0%", "3", "15.8%"),
                    List.of("Đã hoàn thành quá hạn", "1", "10.0%", "1", "5.3%"),
                    List.of("Đang thực hiện trong hạn", "1", "10.0%", "1", "5.3%"),
                    List.of("Quá hạn", "6", "60.0%", "14", "73.7%"),
                    List.of("Không có thời hạn", "0", "0.0%", "0", "0.0%"),
                    List.of("Tổng số", "10", "100.0%", "19", "100.0%"));

            XSSFSheet detail = book.getSheet("Chi tiết theo đơn vị");
            int header = 5;
            assertThat(rowTexts(detail.getRow(header))).containsExactly("STT", "Đơn vị", "Cấp", "Theo văn bản",
                    "Tình trạng", "Hạn hoàn thành", "Ngày nộp báo cáo", "Kết quả thực hiện", "Khó khăn, vướng mắc",
                    "Kiến nghị, đề xuất", "Văn bản triển khai");
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
            assertThat(detail.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
            assertThat(detail.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:K25");
            assertThat(detail.getLastRowNum()).isEqualTo(header + 19);

            Row hoaMi = rowOf(detail, "Trường Mầm non Họa Mi");
            assertThat(rowTexts(hoaMi)).containsExactly("1", "Trường Mầm non Họa Mi", "1", "7511/SGDĐT-VP",
                    "Đã hoàn thành đúng hạn", "31/03/2026", "20/03/2026",
                    "Nhiệm vụ 1 (đã hoàn thành): " + LateLetter.RESULT, LateLetter.DIFFICULTIES, LateLetter.PROPOSALS, "");
            Cell deadline = hoaMi.getCell(5);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));

            Row ward = rowOf(detail, "UBND phường Lê Chân");
            assertThat(text(ward, 4)).isEqualTo("Quá hạn");
            assertThat(text(ward, 6)).isEmpty();
            assertThat(text(ward, 10)).isEqualTo(letter.cascadeNumber());
            // the ward's letter follows it, one level down
            Row firstBelow = detail.getRow(ward.getRowNum() + 1);
            assertThat(text(firstBelow, 2)).isEqualTo("2");
            assertThat(text(firstBelow, 3)).isEqualTo(letter.cascadeNumber());
            assertThat(firstBelow.getCell(1).getCellStyle().getIndention()).isEqualTo((short) 2);
            assertThat(text(rowOf(detail, "Trường Tiểu học Dư Hàng"), 4)).isEqualTo("Đã hoàn thành đúng hạn");
            assertThat(text(rowOf(detail, "Trường Mầm non Sao Mai"), 4)).isEqualTo("Đang thực hiện trong hạn");
        }
    }

    @Test
    void aWardDownloadsItsOwnPartAndAStrangerIsRefused() throws IOException {
        var letter = lateLetter.issue(7512);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("phuong-hong-bang.head", letter.id()).getBody()))) {
            XSSFSheet detail = book.getSheet("Chi tiết theo đơn vị");
            assertThat(detail.getLastRowNum()).isEqualTo(5 + 9);
            assertThat(column(detail, 1)).doesNotContain("UBND phường Lê Chân");
        }
        var stranger = api.as("thpt-tran-phu.focal").get("/api/directives/" + letter.id() + "/report.xlsx");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("error").asText()).contains("7512/SGDĐT-VP");
        var missing = api.as("admin").get("/api/directives/99999999/report.xlsx");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no directive 99999999");
    }

    @Test
    void aWithdrawnDirectiveCountsItsCancelledAssignments() throws IOException {
        scenario.at(2026, 3, 2, 9, 0);
        long id = scenario.issue("7513/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 3, 31), Map.of());
        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + id + "/withdrawal", Map.of("reason", "Ban hành nhầm")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("so-gddt.focal", id).getBody()))) {
            assertThat(rowsAfter(book.getSheet("Tổng hợp"), "Tình trạng")).contains(
                    List.of("Đã thu hồi", "3", "100.0%", "3", "100.0%"));
        }
    }

    private ResponseEntity<byte[]> download(String user, long directive) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        return rest.exchange("/api/directives/" + directive + "/report.xlsx", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }

    /** The rows below the one whose first cell is {@code heading}, as shown. */
    private static List<List<String>> rowsAfter(Sheet sheet, String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean below = false;
        for (Row row : sheet) {
            if (below) {
                rows.add(rowTexts(row));
            }
            below |= text(row, 0).equals(heading);
        }
        return rows;
    }

    private static Row rowOf(Sheet sheet, String unitName) {
        for (Row row : sheet) {
            if (text(row, 1).equals(unitName)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unitName);
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> values.add(text(row, column)));
        return values;
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(text(row, i));
        }
        return texts;
    }

    private static String text(Sheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }
}
