package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Evidence;
import vn.giaoviec.support.Scenario;

/**
 * The archive of a directive as its office downloads it: the directive, the Excel and Word reports,
 * and per unit its reports of every round with the files of each, each entry listed with its SHA-256;
 * a school gets the same package with only its own part.
 */
@IntegrationTest
class DossierIntegrationTest {

    private static final String SCHOOL = "th-hong-bang-hong-bang";
    private static final String QUIET_SCHOOL = "mn-hoa-mi-hong-bang";
    private static final String STRANGER = "thpt-tran-phu";

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;

    @BeforeEach
    void today() {
        Scenario.clock(2026, 3, 2, 9, 0);
    }

    @Test
    void theDossierHoldsEveryRoundsReportWithItsFilesAndListsThemWithTheirHashes() throws Exception {
        long directive = scenario.issue("8870/SGDĐT-VP", List.of(SCHOOL, QUIET_SCHOOL), LocalDate.of(2026, 6, 30), Map.of());
        long assignment = scenario.assignment(directive, SCHOOL);
        ok(api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
        Api.File signed = Evidence.pdf("Báo cáo.pdf", "Bao cao lan 1");
        Api.File list = Evidence.xlsx("Danh sách.xlsx");
        Api.File photo = Evidence.jpg("Ảnh.jpg");
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report", scenario.reportBody(assignment, "Đã thực hiện"),
                List.of(signed, list)));
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + assignment + "/review",
                Map.of("decision", "RETURN", "comment", "Bổ sung ảnh")));
        Api.File again = Evidence.pdf("Báo cáo.pdf", "Bao cao lan 2");
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report", scenario.reportBody(assignment, "Đã thực hiện"),
                List.of(again, photo)));
        scenario.receiveAndReport(scenario.assignment(directive, QUIET_SCHOOL), QUIET_SCHOOL);

        ResponseEntity<byte[]> response = api.as("so-gddt-vp.focal").download("/api/directives/" + directive + "/dossier.zip");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("Ho-so-8870-SGDĐT-VP.zip");
        Map<String, byte[]> zip = unzip(response.getBody());

        String school = "don-vi/001 Trường Tiểu học Hồng Bàng/";
        String quiet = "don-vi/002 Trường Mầm non Họa Mi/";
        assertThat(zip.keySet()).containsExactly("van-ban-chi-dao.json", "tong-hop.xlsx", "du-thao-bao-cao.docx",
                school + "bao-cao.json", school + "bao-cao-lan-1/Báo cáo.pdf", school + "bao-cao-lan-1/Danh sách.xlsx",
                school + "bao-cao-lan-2/Báo cáo.pdf", school + "bao-cao-lan-2/Ảnh.jpg", quiet + "bao-cao.json",
                "danh-muc.csv");
        assertThat(zip.get(school + "bao-cao-lan-1/Báo cáo.pdf")).isEqualTo(signed.content());
        assertThat(zip.get(school + "bao-cao-lan-2/Báo cáo.pdf")).isEqualTo(again.content());
        assertThat(zip.get(school + "bao-cao-lan-1/Danh sách.xlsx")).isEqualTo(list.content());
        JsonNode reports = new ObjectMapper().readTree(zip.get(school + "bao-cao.json")).get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("reviewComment").asText()).isEqualTo("Bổ sung ảnh");
        assertThat(new ObjectMapper().readTree(zip.get("van-ban-chi-dao.json")).get("directive").get("number").asText())
                .isEqualTo("8870/SGDĐT-VP");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(zip.get("tong-hop.xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
        try (var word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(zip.get("du-thao-bao-cao.docx"))))) {
            assertThat(word.getText()).contains("BÁO CÁO", "8870/SGDĐT-VP");
        }

        List<String> manifest = new String(zip.get("danh-muc.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest.get(0)).isEqualTo("tep;sha256;byte");
        List<String> expected = new ArrayList<>();
        zip.forEach((name, content) -> {
            if (!name.equals("danh-muc.csv")) {
                expected.add(name + ";" + sha256(content) + ";" + content.length);
            }
        });
        assertThat(manifest.subList(1, manifest.size())).containsExactlyElementsOf(expected);

        // the school's own dossier holds its part only; a school without a part gets none
        Map<String, byte[]> own = unzip(api.as(SCHOOL + ".focal").download("/api/directives/" + directive + "/dossier.zip")
                .getBody());
        assertThat(own.keySet()).filteredOn(n -> n.startsWith("don-vi/")).allMatch(n -> n.contains("Hồng Bàng"))
                .contains("don-vi/001 Trường Tiểu học Hồng Bàng/bao-cao-lan-2/Ảnh.jpg");
        assertThat(api.as(STRANGER + ".focal").download("/api/directives/" + directive + "/dossier.zip")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api.as(STRANGER + ".focal").download("/api/directives/987654321/dossier.zip")
                .getStatusCode().value()).isEqualTo(404);
    }

    private static Map<String, byte[]> unzip(byte[] body) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
