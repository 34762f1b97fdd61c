package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Evidence;
import vn.giaoviec.support.Scenario;

/**
 * A school's evidence with its report, through the API as another system (or curl -F) sends it:
 * kept with the report, each file's type read from its content, limits with their own messages,
 * files seen only by those who see the assignment, and a returned report keeping its own files.
 */
@IntegrationTest
class AttachmentIntegrationTest {

    private static final String SCHOOL = "th-quang-trung-hong-bang";
    private static final String OTHER_SCHOOL = "th-le-loi-hong-bang";
    private static final String MONITOR = "so-gddt-vp";

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;

    private static int numbers = 8800; // 8800-8849: numbers no other test issues

    @BeforeEach
    void today() {
        Scenario.clock(2026, 3, 2, 9, 0);
    }

    @Test
    void aReportTakesItsEvidenceAndEachFileIsReadFromItsContent() throws Exception {
        long assignment = receivedBy(SCHOOL);
        List<Api.File> files = List.of(Evidence.pdf("Báo cáo đã ký.pdf", "Bao cao"), Evidence.xlsx("Danh sách.xlsx"),
                Evidence.png("anh-1.png"), Evidence.jpg("anh 2.JPG"));

        JsonNode detail = ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report",
                body(assignment), files)).json();

        assertThat(detail.get("state").asText()).isEqualTo(Assignment.REPORTED);
        long report = detail.get("reports").get(0).get("id").asLong();
        JsonNode attachments = detail.get("attachments");
        assertThat(attachments).hasSize(4);
        for (int i = 0; i < files.size(); i++) {
            JsonNode a = attachments.get(i);
            assertThat(a.get("name").asText()).isEqualTo(files.get(i).name());
            assertThat(a.get("size").asLong()).isEqualTo(files.get(i).content().length);
            assertThat(a.get("sha256").asText()).isEqualTo(sha256(files.get(i).content()));
            assertThat(a.get("report").asLong()).isEqualTo(report);
            assertThat(a.get("step").asText()).isEqualTo("REPORT");
            assertThat(a.get("submitted").asBoolean()).isTrue();
            assertThat(a.get("signature").isNull()).isTrue();
        }
        assertThat(attachments.findValuesAsText("contentType")).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg");

        ResponseEntity<byte[]> download = api.as(MONITOR + ".focal").download("/api/attachments/" + attachments.get(1).get("id").asLong());
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(files.get(1).content());
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Danh sách.xlsx");
        assertThat(download.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void onlyThoseWhoSeeTheAssignmentGetItsFiles() {
        long assignment = receivedBy(SCHOOL);
        JsonNode detail = ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report",
                body(assignment), List.of(Evidence.pdf("bien-ban.pdf", "Bien ban")))).json();
        String file = "/api/attachments/" + detail.get("attachments").get(0).get("id").asLong();

        assertThat(api.as(SCHOOL + ".focal").download(file).getStatusCode().value()).isEqualTo(200);
        assertThat(api.as(MONITOR + ".focal").download(file).getStatusCode().value()).isEqualTo(200);
        assertThat(api.as("so-gddt.focal").download(file).getStatusCode().value()).isEqualTo(200);
        assertThat(api.as(OTHER_SCHOOL + ".focal").download(file).getStatusCode().value()).isEqualTo(403);
        assertThat(api.as(SCHOOL + ".focal").download("/api/attachments/987654321").getStatusCode().value()).isEqualTo(404);
        assertThat(api.as(SCHOOL + ".focal").delete(file).status()).as("a submitted file stays on record").isEqualTo(409);
    }

    @Test
    void aProgramRenamedPdfOrAZipRenamedDocxIsRefusedAndNothingIsKept() {
        long assignment = receivedBy(SCHOOL);
        for (Api.File spoof : List.of(Evidence.programNamedPdf("bao-cao.pdf"), Evidence.zipNamedDocx("bao-cao.docx"))) {
            Api.Response refused = api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report",
                    "report", body(assignment), List.of(Evidence.pdf("that.pdf", "ok"), spoof));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().get("error").asText()).contains(spoof.name())
                    .contains("not an accepted kind of document (PDF, DOC/DOCX, XLS/XLSX, ODT/ODS, JPG/PNG)");
        }
        JsonNode detail = scenario.detail(assignment);
        assertThat(detail.get("attachments")).isEmpty();
        assertThat(detail.get("reports")).isEmpty();
        assertThat(detail.get("state").asText()).isEqualTo(Assignment.RECEIVED);
    }

    @Test
    void filesAndReportsOverTheLimitsAreRefusedWithTheLimitNamed() {
        long assignment = receivedBy(SCHOOL);
        String report = "/api/assignments/" + assignment + "/report";

        Api.Response oneTooLarge = api.as(SCHOOL + ".focal").postFiles(report, "report", body(assignment),
                List.of(Evidence.pdfOfSize("scan.pdf", 2_500_000)));
        assertThat(oneTooLarge.status()).isEqualTo(413);
        assertThat(oneTooLarge.json().get("error").asText())
                .isEqualTo("file scan.pdf weighs 2.4 MB; each file may weigh at most 2.0 MB");

        Api.Response togetherTooLarge = api.as(SCHOOL + ".focal").postFiles(report, "report", body(assignment),
                List.of(Evidence.pdfOfSize("1.pdf", 1_900_000), Evidence.pdfOfSize("2.pdf", 1_900_000),
                        Evidence.pdfOfSize("3.pdf", 1_900_000)));
        assertThat(togetherTooLarge.status()).isEqualTo(413);
        assertThat(togetherTooLarge.json().get("error").asText())
                .isEqualTo("the files of one report may weigh at most 5.0 MB together; these come to 5.4 MB");

        // prepared earlier count with those sent with the report
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/attachments", null, null,
                List.of(Evidence.pdfOfSize("1.pdf", 1_900_000), Evidence.pdfOfSize("2.pdf", 1_900_000))));
        assertThat(api.as(SCHOOL + ".focal").postFiles(report, "report", body(assignment),
                List.of(Evidence.pdfOfSize("3.pdf", 1_900_000))).status()).isEqualTo(413);

        Api.Response overTheContainer = api.as(SCHOOL + ".focal").postFiles(report, "report", body(assignment),
                List.of(Evidence.pdfOfSize("huge.pdf", 3_500_000)));
        assertThat(overTheContainer.status()).isEqualTo(413);
        assertThat(overTheContainer.json().get("details").get(0).asText()).contains("each file may weigh at most");

        assertThat(scenario.detail(assignment).get("reports")).isEmpty();
    }

    @Test
    void preparedFilesCanBeTakenBackAndAreSeenOnlyByTheirUnitUntilSubmitted() {
        long assignment = receivedBy(SCHOOL);
        JsonNode prepared = ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/attachments",
                null, null, List.of(Evidence.pdf("nhap.pdf", "nhap"), Evidence.png("anh.png")))).json();
        assertThat(prepared).hasSize(2);
        assertThat(prepared.get(0).get("submitted").asBoolean()).isFalse();
        String draft = "/api/attachments/" + prepared.get(0).get("id").asLong();
        assertThat(api.as(MONITOR + ".focal").download(draft).getStatusCode().value())
                .as("the reviewer sees what the school sends, not its drafts").isEqualTo(403);
        assertThat(api.as(OTHER_SCHOOL + ".focal").delete(draft).status()).isEqualTo(403);

        assertThat(api.as(SCHOOL + ".focal").delete(draft).status()).isEqualTo(204);
        assertThat(api.as(SCHOOL + ".focal").download(draft).getStatusCode().value()).isEqualTo(404);

        JsonNode detail = ok(api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/report",
                body(assignment))).json();
        assertThat(detail.get("attachments")).singleElement().satisfies(a -> {
            assertThat(a.get("name").asText()).isEqualTo("anh.png");
            assertThat(a.get("submitted").asBoolean()).isTrue();
            assertThat(a.get("report").asLong()).isEqualTo(detail.get("reports").get(0).get("id").asLong());
        });
    }

    @Test
    void aReturnedReportKeepsItsFilesAndTheNewOneHasItsOwn() {
        long assignment = receivedBy(SCHOOL);
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report",
                body(assignment), List.of(Evidence.pdf("lan-1.pdf", "Lan 1"))));
        ok(api.as(MONITOR + ".focal").post("/api/assignments/" + assignment + "/review",
                Map.of("decision", "RETURN", "comment", "Bổ sung danh sách học sinh")));

        JsonNode detail = ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report",
                body(assignment), List.of(Evidence.xlsx("lan-2.xlsx")))).json();

        JsonNode reports = detail.get("reports");
        assertThat(reports).hasSize(2);
        List<String> byReport = new ArrayList<>();
        detail.get("attachments").forEach(a -> byReport.add(a.get("name").asText() + "@"
                + (a.get("report").asLong() == reports.get(0).get("id").asLong() ? "1" : "2")));
        assertThat(byReport).containsExactly("lan-1.pdf@1", "lan-2.xlsx@2");
    }

    @Test
    void aReceivingDecisionTakesFilesToo() {
        long directive = scenario.issue((numbers++) + "/SGDĐT-VP", List.of(SCHOOL), LocalDate.of(2026, 6, 30), Map.of());
        long assignment = scenario.assignment(directive, SCHOOL);
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/attachments", null, null,
                List.of(Evidence.pdf("phan-cong.pdf", "Phan cong"))));
        ok(api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));

        assertThat(scenario.detail(assignment).get("attachments")).singleElement().satisfies(a -> {
            assertThat(a.get("step").asText()).isEqualTo("RECEIVE");
            assertThat(a.get("submitted").asBoolean()).isTrue();
        });
    }

    @Test
    void aRequestForMoreTimeTakesThePreparedFiles() {
        long assignment = receivedBy(SCHOOL);
        ok(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/attachments", null, null,
                List.of(Evidence.pdf("ke-hoach-bo-sung.pdf", "Ke hoach"))));
        var requested = api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/extension-requests",
                Map.of("newDeadline", "2026-07-31", "reason", "Chờ kết quả kiểm tra thiết bị"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);

        assertThat(scenario.detail(assignment).get("attachments")).singleElement().satisfies(a -> {
            assertThat(a.get("step").asText()).isEqualTo("EXTENSION");
            assertThat(a.get("submitted").asBoolean()).isTrue();
        });
    }

    @Test
    void filesNeedAnOpenStepAndTheirOwnUnit() {
        long directive = scenario.issue((numbers++) + "/SGDĐT-VP", List.of(SCHOOL), LocalDate.of(2026, 6, 30), Map.of());
        long assignment = scenario.assignment(directive, SCHOOL);
        String attach = "/api/assignments/" + assignment + "/attachments";
        assertThat(api.as(OTHER_SCHOOL + ".focal").postFiles(attach, null, null, List.of(Evidence.png("x.png"))).status())
                .isEqualTo(403);
        assertThat(api.as(SCHOOL + ".focal").postFiles(attach, null, null, List.of()).status()).isEqualTo(422);
        scenario.receiveAndReport(assignment, SCHOOL);
        assertThat(api.as(SCHOOL + ".focal").postFiles(attach, null, null, List.of(Evidence.png("x.png"))).status())
                .as("the report is in: nothing waits for files").isEqualTo(409);
        assertThat(api.as(SCHOOL + ".focal").postFiles("/api/assignments/" + assignment + "/report", "report",
                "{not json", List.of(Evidence.png("x.png"))).status()).isEqualTo(400);
    }

    private long receivedBy(String unit) {
        long directive = scenario.issue((numbers++) + "/SGDĐT-VP", List.of(unit, OTHER_SCHOOL), LocalDate.of(2026, 6, 30),
                Map.of());
        long assignment = scenario.assignment(directive, unit);
        ok(api.as(unit + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
        return assignment;
    }

    private Map<String, Object> body(long assignment) {
        return scenario.reportBody(assignment, "Đã rà soát, danh sách kèm theo");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
