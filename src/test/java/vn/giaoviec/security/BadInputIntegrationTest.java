package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * A corpus of bad input, from malformed JSON to another unit's ids in a forged task completion, sent
 * through every door (/api, /engine-rest) as the wrong user, in the wrong state, with hostile text.
 * Each must get a 4xx whose JSON names the problem — never a 5xx — and leave our tables and the
 * engine's exactly as they were. Hostile strings that are valid text are accepted verbatim instead
 * (see {@link #hostileTextIsStoredVerbatimAndNeverEvaluated}).
 */
@IntegrationTest
class BadInputIntegrationTest {

    /** One bad request: who sends what where, the status class expected and what the answer must say. */
    record Case(String name, String user, String method, String path, String contentType, String body, int status,
                String says) {
    }

    private static final List<String> TABLES = List.of("directive", "directive_item", "directive_cc", "assignment",
            "report", "report_item", "assignment_event", "deadline_watch", "deadline_case", "extension_request", "directive_deadlines",
            "report_round", "round_report", "mail_outbox", "document_file", "attachment", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB",
            "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST");
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
    @Value("${giaoviec.admin-password}")
    String adminPassword;

    private final HttpClient http = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicTest> everyBadInputIsA4xxThatNamesTheProblemAndChangesNothing() throws Exception {
        Fixture f = fixture();
        return cases(f).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Map<String, Integer> before = counts();
            HttpResponse<String> response = send(c);
            assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isBetween(400, 499);
            if (c.status() > 0) {
                assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isEqualTo(c.status());
            }
            assertThat(message(response)).as(c.name()).containsIgnoringCase(c.says());
            assertThat(counts()).as(c.name() + ": tables and engine unchanged").isEqualTo(before);
        }));
    }

    // --- the corpus ---

    private List<Case> cases(Fixture f) {
        List<Case> cases = new ArrayList<>();
        String clerk = "so-gddt.focal";
        String school = "thpt-tran-phu.focal";
        String other = "thpt-ngo-quyen.focal";
        String directives = "/api/directives";
        String a1 = "/api/assignments/" + f.a1;
        String a2 = "/api/assignments/" + f.a2;
        String a3 = "/api/assignments/" + f.a3;
        String d1 = directives + "/" + f.d1;
        String d3 = directives + "/" + f.d3;

        // malformed and wrongly typed JSON
        for (String path : List.of(directives, a1 + "/receive", a1 + "/report", a2 + "/review", a1 + "/extension",
                a1 + "/extension-requests", a1 + "/reassignment", a1 + "/lateness", d1 + "/withdrawal",
                d1 + "/report-requests")) {
            String user = path.startsWith(a1 + "/re") && !path.endsWith("reassignment") || path.endsWith("requests")
                    && path.startsWith(a1) ? school : clerk;
            cases.add(new Case("truncated JSON to " + path, user, "POST", path, JSON, "{\"items\": [", 400, "malformed"));
        }
        cases.add(new Case("an array for a directive", clerk, "POST", directives, JSON, "[1, 2]", 400, "malformed"));
        cases.add(new Case("a string for a directive", clerk, "POST", directives, JSON, "\"8628\"", 400, "malformed"));
        cases.add(new Case("items as text", clerk, "POST", directives, JSON, directive("\"items\": \"tất cả\""), 400, "items"));
        cases.add(new Case("issuedOn as a number", clerk, "POST", directives, JSON, directive("\"issuedOn\": 20260101"), 400, "issuedOn"));
        cases.add(new Case("a trailing comma", clerk, "POST", directives, JSON, "{\"subject\": \"x\",}", 400, "malformed"));
        cases.add(new Case("nesting ten thousand deep", clerk, "POST", directives, JSON,
                "{\"subject\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", 400, "malformed"));
        cases.add(new Case("an empty body", clerk, "POST", directives, JSON, "", 400, "malformed"));
        cases.add(new Case("report items as an object", school, "POST", a2 + "/report", JSON, "{\"items\": {\"no\": \"1\"}}", 400, "items"));
        cases.add(new Case("a report status as a number", other, "POST", a2 + "/report", JSON,
                "{\"items\": [{\"no\": \"1\", \"status\": 3}]}", 0, "report"));

        // unknown and null units and selectors
        cases.add(new Case("an unknown recipient", clerk, "POST", directives, JSON, directive(item("[\"khong-co\"]", null)), 422, "unknown unit: khong-co"));
        cases.add(new Case("a selector of an unknown unit", clerk, "POST", directives, JSON, directive(item("[\"thpt@khong-co\"]", null)), 422, "khong-co"));
        cases.add(new Case("a selector of an unknown kind", clerk, "POST", directives, JSON, directive(item("[\"lop-hoc@ubnd-tp\"]", null)), 422, "lop-hoc"));
        cases.add(new Case("a null recipient", clerk, "POST", directives, JSON, directive(item("[null]", null)), 422, "item 1 has no recipient"));
        cases.add(new Case("a blank recipient", clerk, "POST", directives, JSON, directive(item("[\"  \"]", null)), 422, "item 1"));
        cases.add(new Case("no recipients at all", clerk, "POST", directives, JSON, directive(item("null", null)), 422, "item 1 has no recipient"));
        cases.add(new Case("an empty selection", clerk, "POST", directives, JSON, directive(item("[\"thpt@phuong-hong-bang\"]", null)), 422, "thpt@phuong-hong-bang"));
        cases.add(new Case("a null item", clerk, "POST", directives, JSON, directive("\"items\": [null]"), 422, "item"));
        cases.add(new Case("no items", clerk, "POST", directives, JSON, directive("\"items\": []"), 422, "at least one item"));
        cases.add(new Case("an unknown issuer", "admin", "POST", directives, JSON, directive("\"issuer\": \"khong-co\""), 422, "unknown unit: khong-co"));
        cases.add(new Case("an unknown monitoring unit", clerk, "POST", directives, JSON, directive("\"monitoringUnit\": \"khong-co\""), 422, "khong-co"));
        cases.add(new Case("an unknown cc", clerk, "POST", directives, JSON, directive("\"cc\": [\"khong-co\"]"), 422, "cc"));
        cases.add(new Case("a null cc", clerk, "POST", directives, JSON, directive("\"cc\": [null, \"so-gddt-bgd\"]"), 0, ""));
        cases.add(new Case("reassignment to an unknown unit", clerk, "POST", a1 + "/reassignment", JSON, "{\"unit\": \"khong-co\"}", 422, "khong-co"));
        cases.add(new Case("reassignment to an outsider", clerk, "POST", a1 + "/reassignment", JSON, "{\"assignee\": \"thpt-ngo-quyen.focal\"}", 422, "not a member"));
        cases.add(new Case("receive with an outsider as assignee", school, "POST", a1 + "/receive", JSON,
                "{\"mode\": \"DIRECT\", \"assignee\": \"thpt-ngo-quyen.focal\"}", 422, "not a member"));
        cases.add(new Case("a cascade from a school", school, "POST", a1 + "/receive", JSON,
                "{\"mode\": \"CASCADE\", \"directive\": {\"number\": \"/THPTTP\", \"subject\": \"x\", \"items\": [{\"no\": \"1\", \"recipients\": [\"khong-co\"]}]}}",
                422, "khong-co"));
        cases.add(new Case("an unknown mode", school, "POST", a1 + "/receive", JSON, "{\"mode\": \"LATER\"}", 422, "mode"));
        cases.add(new Case("units of an unknown unit", clerk, "GET", "/api/units?within=khong-co", null, null, 404, "khong-co"));

        // impossible dates, past deadlines where they are not allowed
        cases.add(new Case("31 February", clerk, "POST", directives, JSON, directive(item("[\"thpt-tran-phu\"]", "\"2026-02-31\"")), 400, "2026-02-31"));
        cases.add(new Case("month 13", clerk, "POST", a1 + "/extension", JSON, "{\"newDeadline\": \"2026-13-01\", \"reason\": \"x\"}", 400, "2026-13-01"));
        cases.add(new Case("an extension into the past", clerk, "POST", a1 + "/extension", JSON, "{\"newDeadline\": \"2026-01-05\", \"reason\": \"x\"}", 422, "in the past"));
        cases.add(new Case("an extension not later", clerk, "POST", a1 + "/extension", JSON, "{\"newDeadline\": \"2026-12-20\", \"reason\": \"x\"}", 422, "later"));
        cases.add(new Case("an extension without date", clerk, "POST", a1 + "/extension", JSON, "{\"reason\": \"x\"}", 422, "newDeadline"));
        cases.add(new Case("a request for more time into the past", school, "POST", a1 + "/extension-requests", JSON,
                "{\"newDeadline\": \"2026-01-05\", \"reason\": \"x\"}", 422, "in the past"));
        cases.add(new Case("a report request due yesterday", clerk, "POST", d1 + "/report-requests", JSON,
                "{\"subject\": \"Báo cáo nhanh\", \"deadline\": \"2026-11-01\"}", 422, "in the past"));
        cases.add(new Case("a working-day count from an impossible date", clerk, "GET", "/api/calendar/working-days?from=2026-02-30&add=5", null, null, 400, "from"));
        cases.add(new Case("a working-day count without its number", clerk, "GET", "/api/calendar/working-days?from=2026-02-10&add=nhieu", null, null, 400, "add"));

        // oversized fields
        cases.add(new Case("a number of 10,000 characters", clerk, "POST", directives, JSON, directive("\"number\": \"" + "1".repeat(10_000) + "/SGDĐT-VP\""), 422, "number"));
        cases.add(new Case("a subject of 3,000 characters", clerk, "POST", directives, JSON, directive("\"subject\": \"" + "x".repeat(3000) + "\""), 422, "subject is too long"));
        cases.add(new Case("a place of 1,000 characters", clerk, "POST", directives, JSON, directive("\"place\": \"" + "x".repeat(1000) + "\""), 422, "place"));
        cases.add(new Case("a signer of 1,000 characters", clerk, "POST", directives, JSON,
                directive("\"signer\": {\"name\": \"" + "x".repeat(1000) + "\"}"), 422, "signer"));
        cases.add(new Case("an issuer name of 1,000 characters", clerk, "POST", directives, JSON, directive("\"issuerName\": \"" + "x".repeat(1000) + "\""), 422, "issuerName"));
        cases.add(new Case("an item number of 100 characters", clerk, "POST", directives, JSON,
                directive("\"items\": [{\"no\": \"" + "1".repeat(100) + "\", \"recipients\": [\"thpt-tran-phu\"]}]"), 422, "no"));
        cases.add(new Case("an item of 40,000 characters", clerk, "POST", directives, JSON,
                directive("\"items\": [{\"no\": \"1\", \"text\": \"" + "x".repeat(40_000) + "\", \"recipients\": [\"thpt-tran-phu\"]}]"), 422, "text is too long"));
        cases.add(new Case("a deadline text of 1,000 characters", clerk, "POST", directives, JSON,
                directive("\"items\": [{\"no\": \"1\", \"deadlineText\": \"" + "x".repeat(1000) + "\", \"recipients\": [\"thpt-tran-phu\"]}]"), 422, "deadlineText"));
        cases.add(new Case("an unknown recurrence", clerk, "POST", directives, JSON,
                directive("\"items\": [{\"no\": \"1\", \"recurrence\": \"DAILY\", \"recipients\": [\"thpt-tran-phu\"]}]"), 422, "recurrence"));
        cases.add(new Case("an unknown periodic regime", clerk, "POST", directives, JSON, directive("\"reporting\": {\"periodic\": \"HOURLY\"}"), 422, "periodic"));
        cases.add(new Case("a reason of 2,000 characters", clerk, "POST", d1 + "/withdrawal", JSON, "{\"reason\": \"" + "x".repeat(2000) + "\"}", 422, "reason"));
        cases.add(new Case("a review comment of 5,000 characters", "so-gddt-vp.focal", "POST", a2 + "/review", JSON,
                "{\"decision\": \"RETURN\", \"comment\": \"" + "x".repeat(5000) + "\"}", 422, "comment"));
        cases.add(new Case("a report result of 40,000 characters", other, "POST", a2 + "/report", JSON,
                "{\"items\": [{\"no\": \"1\", \"status\": \"DONE\", \"result\": \"" + "x".repeat(40_000) + "\"}]}", 0, ""));
        cases.add(new Case("a text of 2 MB to read", clerk, "POST", directives + "/drafts", "text/plain", "Số: 1/SGDĐT\n".repeat(200_000), 413, "too long"));
        cases.add(new Case("a NUL character in a subject", clerk, "POST", directives, JSON, directive("\"subject\": \"V/v thử\\u0000\""), 400, "NUL"));
        cases.add(new Case("a NUL character in a comment", "so-gddt-vp.focal", "POST", a2 + "/review", JSON,
                "{\"decision\": \"RETURN\", \"comment\": \"thiếu\\u0000số liệu\"}", 400, "NUL"));

        // wrong content types
        cases.add(new Case("a directive as plain text", clerk, "POST", directives, "text/plain", "Số: 1/SGDĐT", 415, "content type"));
        cases.add(new Case("a directive as XML", clerk, "POST", directives, "application/xml", "<directive/>", 415, "content type"));
        cases.add(new Case("a directive as a form", clerk, "POST", directives, "application/x-www-form-urlencoded", "subject=x", 415, "content type"));
        cases.add(new Case("a draft as JSON", clerk, "POST", directives + "/drafts", JSON, "{\"text\": \"x\"}", 415, "content type"));

        // unknown ids in every path
        for (String path : List.of("/api/directives/987654", "/api/directives/987654/progress", "/api/directives/987654/report.xlsx",
                "/api/directives/987654/report-rounds", "/api/assignments/987654", "/api/units/khong-co/assignments",
                "/api/directives/abc", "/api/assignments/abc")) {
            cases.add(new Case("unknown " + path, clerk, "GET", path, null, null, 0, path.endsWith("abc") ? "bad request" : "no"));
        }
        for (String path : List.of("/api/directives/987654/withdrawal", "/api/directives/987654/report-requests",
                "/api/assignments/987654/receive", "/api/assignments/987654/report", "/api/assignments/987654/review",
                "/api/assignments/987654/extension", "/api/assignments/987654/extension-requests",
                "/api/assignments/987654/reassignment", "/api/assignments/987654/lateness", "/api/round-reports/987654")) {
            cases.add(new Case("unknown " + path, "admin", "POST", path, JSON, "{\"reason\": \"x\"}", 404, "no"));
        }

        // every action in a wrong state
        cases.add(new Case("a report before receipt", school, "POST", a1 + "/report", JSON,
                "{\"items\": [{\"no\": \"1\", \"status\": \"DONE\"}]}", 409, "not waiting for a report"));
        cases.add(new Case("a review of nothing", "so-gddt-vp.focal", "POST", a1 + "/review", JSON, "{\"decision\": \"ACCEPT\"}", 409, "no report awaiting review"));
        cases.add(new Case("receipt twice", other, "POST", a2 + "/receive", JSON, "{\"mode\": \"DIRECT\"}", 409, "not waiting to be received"));
        cases.add(new Case("a report awaiting review reported again", other, "POST", a2 + "/report", JSON,
                "{\"items\": [{\"no\": \"1\", \"status\": \"DONE\"}]}", 409, "not waiting for a report"));
        cases.add(new Case("an extension of accepted work", clerk, "POST", a3 + "/extension", JSON,
                "{\"newDeadline\": \"2026-12-30\", \"reason\": \"x\"}", 409, "ACCEPTED"));
        cases.add(new Case("lateness of work in time", clerk, "POST", a1 + "/lateness", JSON, "{\"note\": \"x\"}", 409, "not overdue"));
        cases.add(new Case("withdrawing twice", clerk, "POST", d3 + "/withdrawal", JSON, "{\"reason\": \"x\"}", 409, "WITHDRAWN"));
        cases.add(new Case("a report request on a withdrawn letter", clerk, "POST", d3 + "/report-requests", JSON,
                "{\"subject\": \"x\", \"deadline\": \"2026-12-30\"}", 409, "WITHDRAWN"));
        cases.add(new Case("the same number twice", clerk, "POST", directives, JSON, directive("\"number\": \"" + f.number1 + "\""), 409, "already registered"));
        cases.add(new Case("a second request for more time", other, "POST", a2 + "/extension-requests", JSON,
                "{\"newDeadline\": \"2026-12-30\", \"reason\": \"x\"}", 409, "reported"));

        // every action by a wrong role
        cases.add(new Case("a school receives another's work", other, "POST", a1 + "/receive", JSON, "{\"mode\": \"DIRECT\"}", 403, "only unit thpt-tran-phu"));
        cases.add(new Case("a school reviews its own report", other, "POST", a2 + "/review", JSON, "{\"decision\": \"ACCEPT\"}", 403, "only unit"));
        cases.add(new Case("a school withdraws the Sở's letter", school, "POST", d1 + "/withdrawal", JSON, "{\"reason\": \"x\"}", 403, "only the issuer"));
        cases.add(new Case("a school extends its own deadline", school, "POST", a1 + "/extension", JSON,
                "{\"newDeadline\": \"2026-12-30\", \"reason\": \"x\"}", 403, "only the issuer"));
        cases.add(new Case("a school reassigns its work", school, "POST", a1 + "/reassignment", JSON, "{\"unit\": \"thpt-ngo-quyen\"}", 403, "only the issuer"));
        cases.add(new Case("a school records lateness", school, "POST", a1 + "/lateness", JSON, "{\"note\": \"x\"}", 403, "only the issuer"));
        cases.add(new Case("a school asks for report rounds", school, "POST", d1 + "/report-requests", JSON,
                "{\"subject\": \"x\", \"deadline\": \"2026-12-30\"}", 403, "only the issuer"));
        cases.add(new Case("a school registers for the Sở", school, "POST", directives, JSON, directive(""), 403, "only unit so-gddt"));
        cases.add(new Case("a stranger reads the letter", "thpt-le-quy-don.focal", "GET", d1, null, null, 403, "not your unit's business"));
        cases.add(new Case("a stranger reads an assignment", "thpt-le-quy-don.focal", "GET", a1, null, null, 403, "not your unit's business"));
        cases.add(new Case("a stranger reads another unit's list", "thpt-le-quy-don.focal", "GET", "/api/units/thpt-tran-phu/assignments", null, null, 403, "outside your unit"));
        cases.add(new Case("a stranger asks for more time", "thpt-le-quy-don.focal", "POST", a1 + "/extension-requests", JSON,
                "{\"newDeadline\": \"2026-12-30\", \"reason\": \"x\"}", 403, "only unit"));
        cases.add(new Case("no credentials, GET", null, "GET", d1, null, null, 401, "authentication required"));
        cases.add(new Case("no credentials, POST", null, "POST", directives, JSON, directive(""), 401, "authentication required"));
        cases.add(new Case("a wrong password", "so-gddt.focal:sai", "POST", directives, JSON, directive(""), 401, "authentication required"));

        // the engine's own door, as a school
        String receive = task(f.a1Process, AssignmentProcess.RECEIVE);
        String review = task(f.a2Process, AssignmentProcess.REVIEW_REPORT);
        cases.add(new Case("start a directive with no variables", school, "POST", "/engine-rest/process-definition/key/directive/start",
                JSON, "{}", 422, "subject is required"));
        cases.add(new Case("start a directive with another letter's id", school, "POST", "/engine-rest/process-definition/key/directive/start",
                JSON, "{\"variables\": {\"directiveId\": {\"value\": " + f.d1 + ", \"type\": \"Long\"}}}", 0, "directive"));
        cases.add(new Case("complete the receive task with another unit's assignment", school, "POST", "/engine-rest/task/" + receive + "/complete",
                JSON, "{\"variables\": {\"mode\": {\"value\": \"DIRECT\"}, \"assignmentId\": {\"value\": " + f.a2 + ", \"type\": \"Long\"}}}",
                0, "assignment"));
        cases.add(new Case("complete the receive task with an unknown mode", school, "POST", "/engine-rest/task/" + receive + "/complete",
                JSON, "{\"variables\": {\"mode\": {\"value\": \"LATER\"}}}", 422, "mode"));
        cases.add(new Case("a school accepts its own report", other, "POST", "/engine-rest/task/" + review + "/complete",
                JSON, "{\"variables\": {\"decision\": {\"value\": \"ACCEPT\"}}}", 403, "permission"));
        cases.add(new Case("a school sets its assignment id", school, "PUT", "/engine-rest/task/" + receive + "/variables/assignmentId",
                JSON, "{\"value\": " + f.a2 + ", \"type\": \"Long\"}", 403, ""));
        cases.add(new Case("a school deploys a process", school, "POST", "/engine-rest/deployment/create",
                "multipart/form-data; boundary=X", "--X\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
                + "--X\r\nContent-Disposition: form-data; name=\"x.bpmn\"; filename=\"x.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + Api.fixture("bad-input/x.bpmn") + "\r\n--X--\r\n",
                403, "deployment"));

        // files
        String multipart = "multipart/form-data; boundary=X";
        String pdfPart = "--X\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n";
        cases.add(new Case("a multipart report without its report part", school, "POST", a1 + "/report", multipart,
                pdfPart + "--X--\r\n", 400, "report"));
        cases.add(new Case("a multipart report with a broken body", school, "POST", a1 + "/report", multipart,
                "--X\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n{}", 400, "multipart"));
        cases.add(new Case("a report part that is not JSON", school, "POST", a1 + "/report", multipart,
                "--X\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n{items\r\n" + pdfPart + "--X--\r\n",
                400, "not a report in JSON"));
        cases.add(new Case("files for another school's report", other, "POST", a1 + "/report", multipart,
                "--X\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n{}\r\n" + pdfPart + "--X--\r\n",
                403, "only unit thpt-tran-phu"));
        cases.add(new Case("files as JSON", school, "POST", a1 + "/attachments", JSON, "{\"files\": []}", 415, "content type"));
        cases.add(new Case("files for accepted work", "thpt-le-quy-don.focal", "POST", a3 + "/attachments", multipart,
                pdfPart + "--X--\r\n", 409, "waiting for no receiving or report"));
        cases.add(new Case("an unknown file", school, "GET", "/api/attachments/987654", null, null, 404, "no file"));
        cases.add(new Case("a file id that is no number", school, "GET", "/api/attachments/abc", null, null, 400, "bad request"));
        cases.add(new Case("taking back an unknown file", school, "DELETE", "/api/attachments/987654", null, null, 404, "no file"));
        cases.add(new Case("files of an unknown task", school, "GET", "/api/tasks/no-such-task/attachments", null, null, 404,
                "no open task"));
        cases.add(new Case("files for another school's task", other, "POST", "/api/tasks/" + receive + "/attachments", multipart,
                pdfPart + "--X--\r\n", 403, "only unit thpt-tran-phu"));
        return cases;
    }

    /**
     * Hostile strings are valid text: EL, SQL, HTML with script, RTL marks are accepted, stored as sent,
     * never evaluated, and escaped in the pages that show them.
     */
    @TestFactory
    Stream<DynamicTest> hostileTextIsStoredVerbatimAndNeverEvaluated() {
        return Stream.of("${1+1} #{execution.getProcessInstanceId()}", "'; drop table directive; --",
                        "<script>alert('x')</script><img src=x onerror=alert(1)>", "\u202Egnp.exe \u200F ngược",
                        "\\u0000 không phải NUL", "𝕧𝕚𝕖̂̃𝕥 — emoji 🇻🇳")
                .map(hostile -> DynamicTest.dynamicTest(hostile, () -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("number", "/SGDĐT-VP");
                    body.put("issuer", "so-gddt");
                    body.put("subject", "V/v " + hostile);
                    body.put("items", List.of(Map.of("no", "1", "text", hostile, "recipients", List.of("thpt-tran-phu"),
                            "deadline", "2026-12-30")));
                    var issued = api.as("so-gddt.focal").post("/api/directives", body);
                    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
                    long id = issued.json().get("id").asLong();
                    scenario.runDue();
                    JsonNode letter = api.as("so-gddt.focal").get("/api/directives/" + id).json();
                    assertThat(letter.get("subject").asText()).isEqualTo("V/v " + hostile);
                    assertThat(letter.get("items").get(0).get("text").asText()).isEqualTo(hostile);
                    long assignment = letter.get("assignments").get(0).get("id").asLong();
                    String pid = api.as("admin").get("/api/assignments/" + assignment).json().get("processInstanceId").asText();
                    var task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
                    assertThat(task.getName()).endsWith("V/v " + hostile.strip().replaceAll("\\s+", " "));
                    assertThat(scenario.shown(task, "itemsText")).isEqualTo("1. " + hostile);
                    String page = page("/dashboard/directives/" + id);
                    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
                    if (hostile.contains("<script>")) {
                        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
                    }
                }));
    }

    // --- the fixture: a letter with work in every state ---

    private record Fixture(long d1, String number1, long a1, String a1Process, long a2, String a2Process, long a3, long d3) {
    }

    private Fixture fixture() {
        scenario.at(2026, 11, 2, 9, 0);
        String number1 = "9301/SGDĐT-VP";
        long d1 = scenario.issue(number1, List.of("thpt-tran-phu", "thpt-ngo-quyen"), LocalDate.of(2026, 12, 20), Map.of());
        long a1 = scenario.assignment(d1, "thpt-tran-phu");
        long a2 = scenario.assignment(d1, "thpt-ngo-quyen");
        scenario.receiveAndReport(a2, "thpt-ngo-quyen");
        long d2 = scenario.issue("9302/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 12, 20), Map.of());
        long a3 = scenario.assignment(d2, "thpt-le-quy-don");
        scenario.receiveAndReport(a3, "thpt-le-quy-don");
        Scenario.ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + a3 + "/review", Map.of("decision", "ACCEPT")));
        long d3 = scenario.issue("9303/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 12, 20), Map.of());
        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + d3 + "/withdrawal", Map.of("reason", "Ban hành nhầm")));
        scenario.runDue();
        return new Fixture(d1, number1, a1, processOf(a1), a2, processOf(a2), a3, d3);
    }

    private String processOf(long assignment) {
        return scenario.detail(assignment).get("processInstanceId").asText();
    }

    private String task(String process, String key) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult().getId();
    }

    /** A directive body that is valid but for {@code field} (a JSON member, or "" for none). */
    private static String directive(String field) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("number", "\"/SGDĐT-VP\"");
        members.put("issuer", "\"so-gddt\"");
        members.put("subject", "\"V/v kiểm thử dữ liệu sai\"");
        members.put("items", "[{\"no\": \"1\", \"recipients\": [\"thpt-tran-phu\"], \"deadline\": \"2026-12-30\"}]");
        if (!field.isEmpty()) {
            String name = field.substring(1, field.indexOf('"', 1));
            members.put(name, field.substring(field.indexOf(':') + 1).trim());
        }
        StringBuilder json = new StringBuilder("{");
        members.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return json.append('}').toString();
    }

    private static String item(String recipients, String deadline) {
        return "\"items\": [{\"no\": \"1\", \"recipients\": " + recipients + (deadline == null ? "" : ", \"deadline\": " + deadline) + "}]";
    }

    private HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.header("Accept", "application/json");
        if (c.user() != null) {
            String[] userAndPassword = c.user().contains(":") ? c.user().split(":")
                    : new String[]{c.user(), "admin".equals(c.user()) ? adminPassword : password};
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (userAndPassword[0] + ":" + userAndPassword[1]).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("so-gddt.focal:" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The problem the answer names: our {"error", "details"}, or the engine REST's {"type", "message"}. */
    private static String message(HttpResponse<String> response) {
        try {
            JsonNode json = MAPPER.readTree(response.body());
            StringBuilder text = new StringBuilder();
            for (String field : List.of("error", "message", "type")) {
                if (json.hasNonNull(field)) {
                    text.append(json.get(field).asText()).append(' ');
                }
            }
            if (json.has("details")) {
                json.get("details").forEach(d -> text.append(d.asText()).append(' '));
            }
            assertThat(text).as("a JSON answer that names the problem: " + response.body()).isNotEmpty();
            return text.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
