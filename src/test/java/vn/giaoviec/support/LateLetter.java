package vn.giaoviec.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What a leader looks at: a letter of the Sở (monitored by its Office) to the schools of Hồng Bàng and
 * to the ward Lê Chân, which cascades it to its own schools. Seen on 08/04/2026, after the deadline of
 * 31/03: two schools done on time, one done late, one whose report was returned (and may still be
 * resubmitted), five schools and the ward Lê Chân late; in Lê Chân's letter (due 25/03) one school
 * done, eight late. The clock is left on 08/04/2026 09:00: reset it after the test.
 */
@Component
public class LateLetter {

    public static final String WARD = "phuong-le-chan";
    public static final List<String> DONE_ON_TIME = List.of("mn-hoa-mi-hong-bang", "mn-hoa-sen-hong-bang");
    public static final String RETURNED = "mn-sao-mai-hong-bang";
    public static final String DONE_LATE = "th-hong-bang-hong-bang";
    public static final List<String> OVERDUE = List.of("th-le-loi-hong-bang", "th-quang-trung-hong-bang",
            "thcs-hong-bang-hong-bang", "thcs-ly-tu-trong-hong-bang", "thcs-pham-hong-thai-hong-bang", WARD);
    public static final String CASCADE_DONE = "th-du-hang-le-chan";
    public static final String RESULT = "Đã triển khai phần mềm quản lý trường học cho 100% giáo viên";
    public static final String DIFFICULTIES = "Thiếu máy tính cho giáo viên mầm non";
    public static final String PROPOSALS = "Đề nghị Sở hỗ trợ 10 máy tính";
    public static final String RETURN_COMMENT = "Bổ sung số giáo viên được tập huấn";

    /** The letter as issued: {@code assignments} by unit, the ward's cascade and its assignments by unit. */
    public record Issued(long id, String number, String subject, long cascadeId, String cascadeNumber,
                         Map<String, Long> assignments, Map<String, Long> cascadeAssignments) {
    }

    private final Api api;
    private final Scenario scenario;

    LateLetter(Api api, Scenario scenario) {
        this.api = api;
        this.scenario = scenario;
    }

    /** @param no the letter's number, unique in the test run: the letter is {@code no/SGDĐT-VP} */
    public Issued issue(int no) {
        String number = no + "/SGDĐT-VP";
        String subject = "V/v báo cáo kết quả chuyển đổi số năm học 2025-2026 (" + no + ")";
        scenario.at(2026, 3, 2, 9, 0);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", number, "issuer", "so-gddt",
                "issuedOn", "2026-03-02", "subject", subject, "items", List.of(
                        Map.of("no", "1", "text", "Báo cáo kết quả chuyển đổi số",
                                "recipients", List.of("mam-non+tieu-hoc+thcs@phuong-hong-bang"), "deadline", "2026-03-31"),
                        Map.of("no", "2", "text", "Triển khai tới các trường trên địa bàn, tổng hợp báo cáo",
                                "recipients", List.of(WARD), "deadline", "2026-03-31"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        scenario.runDue();
        Map<String, Long> assignments = assignments(id);

        scenario.at(2026, 3, 5, 9, 0);
        var cascade = ok(api.as(WARD + ".head").post("/api/assignments/" + assignments.get(WARD) + "/receive", Map.of(
                "mode", "CASCADE", "directive", Map.of("number", "/UBND-VHXX", "subject", "V/v triển khai văn bản " + number,
                        "items", List.of(Map.of("no", "1", "text", "Báo cáo kết quả chuyển đổi số",
                                "recipients", List.of("mam-non+tieu-hoc+thcs@" + WARD), "deadline", "2026-03-25"))))));
        long cascadeId = cascade.json().get("childDirective").get("id").asLong();
        String cascadeNumber = cascade.json().get("childDirective").get("number").asText();
        scenario.runDue();
        Map<String, Long> below = assignments(cascadeId);

        scenario.at(2026, 3, 20, 9, 0);
        long first = assignments.get(DONE_ON_TIME.get(0));
        ok(api.as(DONE_ON_TIME.get(0) + ".focal").post("/api/assignments/" + first + "/receive", Map.of("mode", "DIRECT")));
        ok(api.as(DONE_ON_TIME.get(0) + ".focal").post("/api/assignments/" + first + "/report", Map.of(
                "items", List.of(Map.of("no", "1", "status", "DONE", "result", RESULT)),
                "difficulties", DIFFICULTIES, "proposals", PROPOSALS)));
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + first + "/review", Map.of("decision", "ACCEPT")));
        done(DONE_ON_TIME.get(1), assignments.get(DONE_ON_TIME.get(1)), "so-gddt-vp");
        scenario.receiveAndReport(assignments.get(RETURNED), RETURNED);
        done(CASCADE_DONE, below.get(CASCADE_DONE), WARD + "-vhxh");

        scenario.at(2026, 4, 2, 9, 0);
        done(DONE_LATE, assignments.get(DONE_LATE), "so-gddt-vp");

        scenario.at(2026, 4, 7, 9, 0);
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + assignments.get(RETURNED) + "/review",
                Map.of("decision", "RETURN", "comment", RETURN_COMMENT)));

        scenario.at(2026, 4, 8, 9, 0);
        return new Issued(id, number, subject, cascadeId, cascadeNumber, assignments, below);
    }

    private void done(String unit, long assignment, String reviewer) {
        scenario.receiveAndReport(assignment, unit);
        ok(api.as(reviewer + ".focal").post("/api/assignments/" + assignment + "/review", Map.of("decision", "ACCEPT")));
    }

    private Map<String, Long> assignments(long directive) {
        Map<String, Long> result = new LinkedHashMap<>();
        api.as("admin").get("/api/directives/" + directive).json().get("assignments")
                .forEach(a -> result.put(a.get("unit").asText(), a.get("id").asLong()));
        return result;
    }
}
