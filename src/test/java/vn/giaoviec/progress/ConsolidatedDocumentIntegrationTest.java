package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
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

/**
 * The consolidated báo cáo as Word, read back with POI as the Sở's office opens it to sign: the
 * Decree 30 letterhead, title and subject, the body's five parts with the units' own words, "Nơi
 * nhận" and the signer, Times New Roman 13–14 on A4 with the decree's margins.
 */
@IntegrationTest
class ConsolidatedDocumentIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    LateLetter lateLetter;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void theReportIsADecree30DraftWithEveryUnitsResultsToSign() throws IOException {
        var letter = lateLetter.issue(7521);

        ResponseEntity<byte[]> response = download("so-gddt-vp.focal", letter.id());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("Bao-cao-7521-SGDĐT-VP.docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).containsSubsequence(
                    "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số:        /BC-SGDĐT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ", ngày      tháng      năm 2026",
                    "BÁO CÁO", "Kết quả thực hiện Công văn số 7521/SGDĐT-VP ngày 02/03/2026", letter.subject(),
                    "I. KẾT QUẢ CHUNG", "- Đã hoàn thành đúng hạn: 3 đơn vị (15,8%).", "- Quá hạn: 14 đơn vị (73,7%).",
                    "Tổng số: 19 đơn vị",
                    "II. KẾT QUẢ CỦA CÁC ĐƠN VỊ",
                    "Trường Mầm non Họa Mi (đã hoàn thành đúng hạn): Nhiệm vụ 1 đã hoàn thành: " + LateLetter.RESULT + ".",
                    "UBND phường Lê Chân (quá hạn): chưa báo cáo.",
                    "III. KHÓ KHĂN, VƯỚNG MẮC", "- Trường Mầm non Họa Mi: " + LateLetter.DIFFICULTIES,
                    "IV. KIẾN NGHỊ, ĐỀ XUẤT", "- Trường Mầm non Họa Mi: " + LateLetter.PROPOSALS,
                    "V. CÁC ĐƠN VỊ CHẬM THỰC HIỆN", "- UBND phường Lê Chân: hạn 31/03/2026, chậm ",
                    "Trên đây là báo cáo kết quả thực hiện công văn số 7521/SGDĐT-VP của Sở Giáo dục và Đào tạo./.",
                    "Nơi nhận:", "- UBND thành phố Hải Phòng;", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Lê Phương Hà");

            List<XWPFRun> runs = runs(document);
            assertThat(runs).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
            // the body itself in 14 pt, the motto's lines and the letterhead in 13–14
            assertThat(runs.stream().filter(r -> r.text().startsWith("II. ")).findFirst().orElseThrow()
                    .getFontSizeAsDouble()).isEqualTo(14.0);

            CTSectPr page = document.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11907));
            assertThat(page.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16840));
            assertThat(page.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        }
    }

    @Test
    void aWardGetsItsOwnPartAndAStrangerIsRefused() throws IOException {
        var letter = lateLetter.issue(7522);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                download("phuong-hong-bang.head", letter.id()).getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Trường Mầm non Họa Mi").doesNotContain("UBND phường Lê Chân (");
        }
        var stranger = api.as("thpt-tran-phu.focal").get("/api/directives/" + letter.id() + "/report.docx");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/directives/99999999/report.docx").status()).isEqualTo(404);
    }

    /** Every run of the document: its paragraphs and those inside the letterhead and signature tables. */
    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        for (XWPFParagraph p : document.getParagraphs()) {
            runs.addAll(p.getRuns());
        }
        for (XWPFTable table : document.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        return runs;
    }

    private ResponseEntity<byte[]> download(String user, long directive) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        return rest.exchange("/api/directives/" + directive + "/report.docx", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }
}
