package vn.giaoviec.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.deadline.DeadlineProcess;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * Report rounds: periodic ones at the Decree 09/2019 cut-offs, due five working days later (Tết 2026
 * included), and ad-hoc ones on request; every unit with an open assignment reports, late reports
 * go the deadline machinery's way, rounds stop with the directive.
 */
@IntegrationTest
class ReportRoundIntegrationTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void aMonthlyRoundAcrossTetIsDueAfterTheHolidaysAndItsLateReportsAreFollowedUp() {
        scenario.at(2026, 1, 20, 9, 0);
        long id = scenario.issue("9140/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 6, 30),
                Map.of("reporting", Map.of("periodic", "MONTHLY")));
        scenario.at(2026, 2, 14, 23, 0);
        assertThat(rounds(id)).isEmpty();

        // 15/2: the round of 15/1–14/2; Saturday 14/2 plus five working days after Tết (16–20/2) is Friday 27/2
        scenario.at(2026, 2, 15, 0, 1);
        JsonNode round = rounds(id).get(0);
        assertThat(round.get("kind").asText()).isEqualTo("PERIODIC");
        assertThat(round.get("subject").asText())
                .isEqualTo("Báo cáo định kỳ tháng 2/2026 (số liệu từ 15/01/2026 đến 14/02/2026)");
        assertThat(round.get("deadline").asText()).isEqualTo("2026-02-27");
        assertThat(round.get("reportCount").asInt()).isEqualTo(3);
        List<Task> roundTasks = scenario.tasksOf(ReportRounds.PROCESS, "9140/SGDĐT-VP");
        assertThat(roundTasks).hasSize(3).extracting(Task::getName).containsOnly(
                "Nộp báo cáo theo kỳ · 9140/SGDĐT-VP · hạn 27/02/2026 · Báo cáo định kỳ tháng 2/2026 (số liệu từ 15/01/2026 đến 14/02/2026)");

        long early = report(round, "thpt-le-quy-don");
        var submitted = api.as("thpt-le-quy-don.focal").post("/api/round-reports/" + early,
                Map.of("result", "Đã rà soát 100% hồ sơ", "difficulties", "Không"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(api.as("thpt-ngo-quyen.focal").post("/api/round-reports/" + early, Map.of("result", "x")).status())
                .isEqualTo(403);
        assertThat(api.as("thpt-ngo-quyen.focal").post("/api/round-reports/" + report(round, "thpt-ngo-quyen"),
                Map.of()).status()).isEqualTo(422);

        // reminder three working days before 27/2 (Tuesday 24/2), on the unit's assignment history
        scenario.at(2026, 2, 24, 0, 1);
        long assignment = scenario.assignment(id, "thpt-ngo-quyen");
        JsonNode events = scenario.detail(assignment).get("escalations");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("REMINDER");
        assertThat(events.get(0).get("roundReport").asLong()).isEqualTo(report(round, "thpt-ngo-quyen"));

        // 28/2: two late round reports, on one follow-up list
        scenario.at(2026, 2, 28, 0, 20);
        Task followUp = scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9140/SGDĐT-VP").get(0);
        assertThat(scenario.variable(followUp, "lateCount")).isEqualTo(2);
        assertThat(scenario.variable(followUp, "lateUnits").toString()).contains("Chưa nộp báo cáo định kỳ tháng 2/2026");
        // the assignment itself is not late: its deadline is 30/6
        assertThat(scenario.detail(assignment).get("status").asText()).isEqualTo("IN_PROGRESS");

        // the next round at the next cut-off
        scenario.at(2026, 3, 15, 0, 1);
        assertThat(rounds(id)).hasSize(2);
        assertThat(rounds(id).get(1).get("subject").asText()).startsWith("Báo cáo định kỳ tháng 3/2026");
    }

    @Test
    void quarterlyRoundsCrossTheYearEndAndStopWhenTheDirectiveIsWithdrawn() {
        scenario.at(2025, 12, 1, 9, 0);
        long id = scenario.issue("9141/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 12, 31),
                Map.of("reporting", Map.of("periodic", "QUARTERLY")));
        scenario.at(2025, 12, 15, 0, 1);
        JsonNode fourth = rounds(id).get(0);
        assertThat(fourth.get("periodFrom").asText()).isEqualTo("2025-09-15");
        assertThat(fourth.get("periodTo").asText()).isEqualTo("2025-12-14");
        assertThat(fourth.get("deadline").asText()).isEqualTo("2025-12-19");
        Task task = scenario.tasksOf(ReportRounds.PROCESS, "9141/SGDĐT-VP").get(0);
        scenario.complete(task, "thpt-tran-phu.focal", Map.of("result", "Quý IV: hoàn thành 80%"));

        scenario.at(2026, 3, 15, 0, 1);
        JsonNode first = rounds(id).get(1);
        assertThat(first.get("subject").asText()).startsWith("Báo cáo định kỳ quý I/2026");
        assertThat(first.get("periodFrom").asText()).isEqualTo("2025-12-15");
        // Saturday 14/3 plus five working days: Friday 20/3
        assertThat(first.get("deadline").asText()).isEqualTo("2026-03-20");

        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + id + "/withdrawal", Map.of("reason", "Dừng")));
        scenario.at(2026, 6, 15, 0, 1);
        assertThat(rounds(id)).hasSize(2);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("9141/SGDĐT-VP").count()).isZero();
    }

    @Test
    void yearlyAndHalfYearlyRoundsCutOffInDecemberAndJune() {
        scenario.at(2026, 5, 4, 9, 0);
        long yearly = scenario.issue("9142/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2027, 3, 31),
                Map.of("reporting", Map.of("periodic", "ANNUAL")));
        long halfYearly = scenario.issue("9143/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2027, 3, 31),
                Map.of("reporting", Map.of("periodic", "SEMIANNUAL")));
        scenario.at(2026, 6, 15, 0, 1);
        assertThat(rounds(yearly)).isEmpty();
        assertThat(rounds(halfYearly)).extracting(r -> r.get("subject").asText())
                .containsExactly("Báo cáo định kỳ 6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/06/2026)");
        scenario.at(2026, 12, 15, 0, 1);
        JsonNode year = rounds(yearly).get(0);
        assertThat(year.get("subject").asText())
                .isEqualTo("Báo cáo định kỳ năm 2026 (số liệu từ 15/12/2025 đến 14/12/2026)");
        // Monday 14/12/2026 plus five working days: Monday 21/12
        assertThat(year.get("deadline").asText()).isEqualTo("2026-12-21");
        assertThat(rounds(halfYearly)).hasSize(2);
    }

    @Test
    void anAdHocRequestAsksEveryUnitWithAnOpenAssignmentAndLateOnesEscalate() {
        scenario.at(2026, 7, 1, 9, 0);
        long id = scenario.issue("9144/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 9, 30), Map.of());
        long done = scenario.assignment(id, "thpt-le-quy-don");
        scenario.receiveAndReport(done, "thpt-le-quy-don");
        Scenario.ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + done + "/review", Map.of("decision", "ACCEPT")));

        String path = "/api/directives/" + id + "/report-requests";
        assertThat(api.as("thpt-ngo-quyen.focal").post(path, Map.of("subject", "x", "deadline", "2026-07-10")).status())
                .isEqualTo(403);
        assertThat(api.as("so-gddt.focal").post(path, Map.of("subject", "x", "deadline", "2026-06-10")).status())
                .isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(path, Map.of("deadline", "2026-07-10")).status()).isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(path, "{\"subject\": \"x\", \"deadline\": \"mai\"}").status())
                .isEqualTo(400);
        var requested = api.as("so-gddt-vp.focal").post(path,
                Map.of("subject", "Báo cáo nhanh tình hình chuẩn bị năm học", "deadline", "2026-07-10"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().get("kind").asText()).isEqualTo("ADHOC");
        assertThat(requested.json().get("reportCount").asInt()).isEqualTo(2);
        scenario.runDue();
        assertThat(scenario.tasksOf(ReportRounds.PROCESS, "9144/SGDĐT-VP")).extracting(Task::getName)
                .containsOnly("Nộp báo cáo theo kỳ · 9144/SGDĐT-VP · hạn 10/07/2026 · Báo cáo nhanh tình hình chuẩn bị năm học")
                .hasSize(2);
        assertThat(tasks.createTaskQuery().processDefinitionKey(ReportRounds.PROCESS)
                .processInstanceBusinessKey("9144/SGDĐT-VP").taskCandidateGroup("thpt-le-quy-don").includeAssignedTasks().count()).isZero();

        // Friday 10/7 passes; two working days later (Monday 13, Tuesday 14) the head is asked to decide
        scenario.at(2026, 7, 11, 0, 1);
        scenario.at(2026, 7, 15, 0, 20);
        long late = scenario.assignment(id, "thpt-ngo-quyen");
        assertThat(scenario.events(late)).containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED");
        assertThat(scenario.detail(late).get("status").asText()).isEqualTo("IN_PROGRESS");
        Task escalation = scenario.tasksOf(DeadlineProcess.ESCALATION, "9144/SGDĐT-VP").get(0);
        assertThat(scenario.variable(escalation, "lateCount")).isEqualTo(2);
        assertThat(scenario.variable(escalation, "lateUnits").toString())
                .contains("Chưa nộp báo cáo nhanh tình hình chuẩn bị năm học");

        Scenario.ok(api.as("so-gddt.focal").post("/api/directives/" + id + "/withdrawal", Map.of("reason", "Dừng")));
        assertThat(api.as("so-gddt.focal").post(path, Map.of("subject", "x", "deadline", "2026-08-10")).status())
                .isEqualTo(409);
    }

    @Test
    void aRoundTaskHoldsNoFormVariablesItsFormShowsTheRoundAndWhatTasklistSubmitsIsTheReport() {
        scenario.at(2026, 9, 1, 9, 0);
        long id = scenario.issue("9192/SGDĐT-VP", List.of("thpt-ngo-quyen"), LocalDate.of(2026, 12, 30), Map.of());
        var requested = api.as("so-gddt-vp.focal").post("/api/directives/" + id + "/report-requests",
                Map.of("subject", "Báo cáo nhanh số học sinh đầu năm", "deadline", "2026-09-10"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        scenario.runDue();
        Task task = scenario.tasksOf(ReportRounds.PROCESS, "9192/SGDĐT-VP").get(0);
        assertThat(tasks.getVariablesLocal(task.getId())).as("a round's task holds no form variables").isEmpty();

        assertThat(scenario.shown(task, "directiveNumber")).isEqualTo("9192/SGDĐT-VP");
        assertThat(scenario.shown(task, "roundSubject")).isEqualTo("Báo cáo nhanh số học sinh đầu năm");
        assertThat(scenario.shown(task, "deadlineText")).isEqualTo("10/09/2026");
        assertThat(scenario.shown(task, "unitName")).isEqualTo("Trường THPT Ngô Quyền");
        assertThat(scenario.shown(task, "itemsText")).startsWith("1. ");
        // opening the form stores what it sends back, empty, so that Tasklist's submission lands on the task
        assertThat(tasks.getVariablesLocal(task.getId())).containsOnlyKeys("result", "difficulties", "proposals")
                .containsValue(null);

        scenario.complete(task, "thpt-ngo-quyen.focal", Map.of("result", "1.204 học sinh, 32 lớp"));
        JsonNode report = rounds(id).get(0).get("reports").get(0);
        assertThat(report.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(report.get("result").asText()).isEqualTo("1.204 học sinh, 32 lớp");
    }

    private JsonNode rounds(long directive) {
        var response = api.as("so-gddt.focal").get("/api/directives/" + directive + "/report-rounds");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long report(JsonNode round, String unit) {
        for (JsonNode r : round.get("reports")) {
            if (r.get("unit").asText().equals(unit)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report of " + unit);
    }
}
