package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Evidence;
import vn.giaoviec.support.Scenario;
import vn.giaoviec.support.SignedPdfs;

/**
 * Plan 570's letter asks every unit to sign digitally. A signed PDF is checked when it arrives (the
 * tests' deployment trusts the test CA of {@link SignedPdfs}) and what was found is shown beside it;
 * a directive that requires a signed report refuses one without a signature that holds.
 */
@IntegrationTest
class SignedReportIntegrationTest {

    private static final String SCHOOL = "th-quang-trung-hong-bang";
    private static final Instant SIGNED_AT = Instant.parse("2026-03-20T07:05:00Z"); // 14:05 in Hải Phòng

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;

    private static int numbers = 8850; // 8850-8869: numbers no other test issues

    @BeforeEach
    void today() {
        Scenario.clock(2026, 3, 20, 15, 0);
    }

    @Test
    void aSignedPdfIsCheckedAndTheFindingIsShownBesideIt() {
        long assignment = received(false);
        JsonNode detail = ok(api.as(SCHOOL + ".focal").postFiles(report(assignment), "report", scenario.reportBody(assignment, "Đã ký số báo cáo"),
                List.of(pdf("ky-so.pdf", SignedPdfs.signed(SIGNED_AT)),
                        pdf("sua-sau-khi-ky.pdf", SignedPdfs.tamperedAfterSigning(SIGNED_AT)),
                        pdf("chung-thu-la.pdf", SignedPdfs.signedByStranger(SIGNED_AT)),
                        pdf("chua-ky.pdf", SignedPdfs.unsigned())))).json();

        JsonNode files = detail.get("attachments");
        assertThat(files.get(0).get("signature").get("status").asText()).isEqualTo("VALID");
        assertThat(files.get(0).get("signature").get("signer").asText()).isEqualTo(SignedPdfs.SIGNER);
        assertThat(files.get(0).get("signature").get("organisation").asText()).isEqualTo(SignedPdfs.ORGANISATION);
        assertThat(files.get(0).get("signature").get("signedAt").asText()).isEqualTo("2026-03-20T07:05:00Z");
        assertThat(files.get(0).get("signature").get("label").asText())
                .isEqualTo("Đã ký số bởi Nguyễn Văn An (Trường Tiểu học Quang Trung) lúc 14:05 20/03/2026 — hợp lệ");
        assertThat(files.get(1).get("signature").get("status").asText()).isEqualTo("MODIFIED");
        assertThat(files.get(1).get("signature").get("label").asText()).endsWith("— tài liệu bị sửa sau khi ký");
        assertThat(files.get(2).get("signature").get("status").asText()).isEqualTo("UNTRUSTED");
        assertThat(files.get(2).get("signature").get("label").asText())
                .startsWith("Đã ký số bởi " + SignedPdfs.STRANGER).endsWith("— chưa xác thực được chuỗi chứng thư");
        assertThat(files.get(3).get("signature").isNull()).isTrue();
    }

    @Test
    void aDirectiveThatRequiresASignedReportRefusesOneWithoutAValidSignature() {
        long assignment = received(true);
        for (Api.File bad : List.of(pdf("chua-ky.pdf", SignedPdfs.unsigned()),
                pdf("sua-sau-khi-ky.pdf", SignedPdfs.tamperedAfterSigning(SIGNED_AT)),
                pdf("chung-thu-la.pdf", SignedPdfs.signedByStranger(SIGNED_AT)))) {
            Api.Response refused = api.as(SCHOOL + ".focal").postFiles(report(assignment), "report", scenario.reportBody(assignment, "Đã ký số báo cáo"),
                    List.of(bad, Evidence.xlsx("danh-sach.xlsx")));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().get("error").asText()).isEqualTo("this directive asks for a report signed"
                    + " digitally: attach the report as a PDF signed by your unit");
            assertThat(refused.json().get("details").get(0).asText()).startsWith(bad.name() + ": ");
        }
        assertThat(api.as(SCHOOL + ".focal").post(report(assignment), scenario.reportBody(assignment, "Đã ký số báo cáo")).status())
                .as("no file at all").isEqualTo(422);
        JsonNode before = scenario.detail(assignment);
        assertThat(before.get("attachments")).as("a refused report leaves no file behind").isEmpty();
        assertThat(before.get("reports")).isEmpty();

        JsonNode accepted = ok(api.as(SCHOOL + ".focal").postFiles(report(assignment), "report", scenario.reportBody(assignment, "Đã ký số báo cáo"),
                List.of(pdf("bao-cao-ky-so.pdf", SignedPdfs.signed(SIGNED_AT))))).json();
        assertThat(accepted.get("state").asText()).isEqualTo(Assignment.REPORTED);
        assertThat(accepted.get("attachments").get(0).get("signature").get("status").asText()).isEqualTo("VALID");
    }

    private long received(boolean requireSigned) {
        long directive = scenario.issue((numbers++) + "/SGDĐT-VP", List.of(SCHOOL), LocalDate.of(2026, 6, 30),
                requireSigned ? Map.of("requireSignedReport", true) : Map.of());
        assertThat(scenario.detail(scenario.assignment(directive, SCHOOL)).get("directive").asLong()).isEqualTo(directive);
        assertThat(api.as("admin").get("/api/directives/" + directive).json().get("requireSignedReport").asBoolean())
                .isEqualTo(requireSigned);
        long assignment = scenario.assignment(directive, SCHOOL);
        ok(api.as(SCHOOL + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
        return assignment;
    }

    private static String report(long assignment) {
        return "/api/assignments/" + assignment + "/report";
    }

    private static Api.File pdf(String name, byte[] content) {
        return new Api.File(name, "application/pdf", content);
    }
}
