package vn.giaoviec.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * The audit trail: every action on a directive and its assignments, through whichever door, is on
 * record once with who, which unit, when and how; a unit reads its own part; a failed login is on
 * record; and no row can be changed afterwards, through the API or the database itself.
 */
@IntegrationTest
class AuditIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void everyActionIsOnRecordWithWhoWhichUnitWhenAndThroughWhichDoor() throws Exception {
        scenario.at(2026, 10, 5, 9, 0);
        long id = scenario.issue("9601/SGDĐT-VP", List.of("thpt-tran-phu", "thpt-ngo-quyen"), LocalDate.of(2026, 10, 20),
                Map.of());
        long tranPhu = scenario.assignment(id, "thpt-tran-phu");
        long ngoQuyen = scenario.assignment(id, "thpt-ngo-quyen");
        // Trần Phú works through our API, Ngô Quyền through Camunda's REST API, as a school's own system would
        Scenario.ok(api.as("thpt-tran-phu.focal").post("/api/assignments/" + tranPhu + "/receive", Map.of("mode", "DIRECT")));
        String receive = tasks.createTaskQuery().processInstanceId(process(ngoQuyen))
                .taskDefinitionKey(AssignmentProcess.RECEIVE).singleResult().getId();
        HttpResponse<String> submitted = post("thpt-ngo-quyen.focal", "/engine-rest/task/" + receive + "/submit-form",
                "{\"variables\": {\"mode\": {\"value\": \"DIRECT\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        Scenario.ok(api.as("thpt-tran-phu.focal").post("/api/assignments/" + tranPhu + "/extension-requests",
                Map.of("newDeadline", "2026-10-30", "reason", "Chờ số liệu của tổ chuyên môn")));
        scenario.report(tranPhu, "thpt-tran-phu");
        Scenario.ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + tranPhu + "/review",
                Map.of("decision", "RETURN", "comment", "Bổ sung số liệu lớp 10")));
        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + id + "/report-requests",
                Map.of("subject", "Báo cáo nhanh", "deadline", "2026-10-15")));
        // (a wrong password delays that user's next logins: another user is refused here)
        assertThat(post("so-gddt.head:sai-mat-khau", "/api/directives/" + id + "/withdrawal", "{}").statusCode())
                .isEqualTo(401);
        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + id + "/withdrawal", Map.of("reason", "Ban hành nhầm")));

        JsonNode trail = Scenario.ok(api.as("so-gddt-vp.focal").get("/api/directives/" + id + "/audit")).json();
        List<String> lines = new ArrayList<>();
        trail.forEach(e -> lines.add(e.get("action").asText() + " " + e.get("user").asText() + " " + e.get("unit").asText()
                + " " + e.get("door").asText() + " " + (e.get("assignment").isNull() ? "-" : e.get("assignment").asLong() == tranPhu
                ? "tranPhu" : "ngoQuyen")));
        assertThat(lines).containsExactly(
                "REGISTERED so-gddt.focal so-gddt API -",
                "RECEIVED thpt-tran-phu.focal thpt-tran-phu API tranPhu",
                "RECEIVED thpt-ngo-quyen.focal thpt-ngo-quyen ENGINE_REST ngoQuyen",
                "EXTENSION_ASKED thpt-tran-phu.focal thpt-tran-phu API tranPhu",
                "REPORTED thpt-tran-phu.focal thpt-tran-phu API tranPhu",
                "REPORT_RETURNED so-gddt-vp.focal so-gddt-vp API tranPhu",
                "ROUND_REQUESTED so-gddt.focal so-gddt API -",
                "WITHDRAWN so-gddt.focal so-gddt API -");
        assertThat(trail.get(0).get("at").asText()).startsWith("2026-10-05T02:00:00");
        assertThat(trail.get(5).get("details").asText()).isEqualTo("Nộp lại trước hết ngày 08/10/2026: Bổ sung số liệu lớp 10");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and user_id = ?"
                + " and door = 'API'", Integer.class, "so-gddt.head")).isPositive();

        // a school reads what concerns its own assignment and the letter as a whole; a stranger nothing
        JsonNode school = Scenario.ok(api.as("thpt-ngo-quyen.focal").get("/api/directives/" + id + "/audit")).json();
        assertThat(school).extracting(e -> e.get("action").asText())
                .containsExactly("REGISTERED", "RECEIVED", "ROUND_REQUESTED", "WITHDRAWN");
        assertThat(api.as("thpt-le-quy-don.focal").get("/api/directives/" + id + "/audit").status()).isEqualTo(403);

        // the same trail in the Excel report and on the dashboard's tab
        byte[] excel = download("so-gddt-vp.focal", "/api/directives/" + id + "/report.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            var sheet = book.getSheet("Nhật ký");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("Đăng ký, ban hành");
            assertThat(sheet.getLastRowNum()).isEqualTo(5 + trail.size());
        }
        String page = new String(download("so-gddt-vp.focal", "/dashboard/directives/" + id + "/audit"), StandardCharsets.UTF_8);
        assertThat(page).contains("Nhật ký thao tác", "Trả lại báo cáo", "Engine REST", "Bổ sung số liệu lớp 10");
    }

    @Test
    void aRowOfTheTrailCannotBeChangedThroughAnyDoor() throws Exception {
        scenario.at(2026, 10, 5, 9, 0);
        long id = scenario.issue("9602/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 10, 20), Map.of());
        List<Map<String, Object>> before = jdbc.queryForList("select * from audit_event where directive_id = ?", id);
        assertThat(before).hasSize(1);

        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            assertThat(send(method, "so-gddt.focal", "/api/directives/" + id + "/audit", "[]").statusCode())
                    .as(method).isBetween(400, 499);
        }
        assertThat(post("admin:" + adminPassword(), "/engine-rest/deployment/create", "{}").statusCode()).isBetween(400, 499);
        // not even with the application's own connection: the table refuses it
        assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'sửa' where directive_id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where directive_id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForList("select * from audit_event where directive_id = ?", id)).isEqualTo(before);
    }

    private String process(long assignment) {
        return scenario.detail(assignment).get("processInstanceId").asText();
    }

    private String adminPassword() {
        return System.getenv().getOrDefault("GIAOVIEC_ADMIN_PASSWORD", "demo");
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return send("POST", user, path, json);
    }

    private HttpResponse<String> send(String method, String user, String path, String json) throws Exception {
        String credentials = user.contains(":") ? user : user + ":" + password;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private byte[] download(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
