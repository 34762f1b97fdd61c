package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/** More time asked and granted or refused, extensions that re-arm everything, reassignment, recorded lateness. */
@IntegrationTest
class ExtensionIntegrationTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void aUnitAsksForMoreTimeAndTheMonitoringUnitGrantsItInTasklist() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9120/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-le-quy-don");
        Scenario.ok(api.as("thpt-le-quy-don.focal").post("/api/assignments/" + a + "/receive", Map.of("mode", "DIRECT")));

        var asked = api.as("thpt-le-quy-don.focal").post("/api/assignments/" + a + "/extension-requests",
                Map.of("newDeadline", "2026-06-26", "reason", "Chờ số liệu của các tổ chuyên môn"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("state").asText()).isEqualTo("PENDING");
        assertThat(api.as("thpt-le-quy-don.focal").post("/api/assignments/" + a + "/extension-requests",
                Map.of("newDeadline", "2026-06-30", "reason", "Lần nữa")).status()).isEqualTo(409);
        assertThat(api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + a + "/extension-requests",
                Map.of("newDeadline", "2026-06-30", "reason", "Không phải của tôi")).status()).isEqualTo(403);

        Task decide = tasks.createTaskQuery().processInstanceId(asked.json().get("processInstanceId").asText()).singleResult();
        assertThat(decide.getName()).isEqualTo("Xem xét đề nghị gia hạn · 9120/SGDĐT-VP · Trường THPT Lê Quý Đôn xin đến 26/06/2026");
        assertThat(decide.getAssignee()).isEqualTo("so-gddt-vp.focal");
        assertThat(tasks.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("so-gddt-vp").includeAssignedTasks().count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("so-gddt").includeAssignedTasks().count()).isEqualTo(1);
        assertThat(scenario.shown(decide, "reason")).isEqualTo("Chờ số liệu của các tổ chuyên môn");
        scenario.complete(decide, "so-gddt-vp.focal", Map.of("decision", "GRANT", "grantedDeadline", "2026-06-24",
                "comment", "Đồng ý, đến 24/6"));

        JsonNode after = scenario.detail(a);
        assertThat(after.get("deadline").asText()).isEqualTo("2026-06-24");
        assertThat(scenario.events(a)).containsExactly("EXTENDED");
        assertThat(after.get("escalations").get(0).get("note").asText()).contains("12/06/2026 → 24/06/2026");
        Task report = tasks.createTaskQuery().processInstanceId(after.get("processInstanceId").asText()).singleResult();
        assertThat(report.getDueDate()).isEqualTo(at(2026, 6, 24, 23, 59, 59));
        assertThat(report.getFollowUpDate()).isEqualTo(at(2026, 6, 19, 0, 0, 0));
        // the old deadline no longer acts: nothing on 13/6; the reminder comes three working days before 24/6
        scenario.at(2026, 6, 13, 9, 0);
        assertThat(scenario.detail(a).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(scenario.events(a)).containsExactly("EXTENDED");
        scenario.at(2026, 6, 19, 9, 0);
        assertThat(scenario.events(a)).containsExactly("EXTENDED", "REMINDER");
    }

    @Test
    void theReportFormAsksForMoreTimeAndARefusalIsExplained() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9121/SGDĐT-VP", List.of("thpt-ngo-quyen"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-ngo-quyen");
        Scenario.ok(api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + a + "/receive", Map.of("mode", "DIRECT")));
        String pid = scenario.detail(a).get("processInstanceId").asText();
        Task report = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(report.getTaskDefinitionKey()).isEqualTo(AssignmentProcess.SUBMIT_REPORT);

        // Tasklist: the unit chooses "Xin gia hạn" instead of reporting; its report task comes back
        scenario.complete(report, "thpt-ngo-quyen.focal", Map.of("action", "EXTEND",
                "extensionDeadline", "2026-06-19", "extensionReason", "Giáo viên đi tập huấn"));
        Task back = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(back.getTaskDefinitionKey()).isEqualTo(AssignmentProcess.SUBMIT_REPORT);
        assertThat(scenario.detail(a).get("state").asText()).isEqualTo("RECEIVED");
        Task decide = scenario.tasksOf(DeadlineProcess.EXTENSION_REQUEST, "9121/SGDĐT-VP").get(0);
        assertThat(tasks.getVariablesLocal(decide.getId())).as("the decision task holds no form variables").isEmpty();
        assertThat(scenario.shown(decide, "requestedDeadlineText")).isEqualTo("19/06/2026");
        assertThat(scenario.shown(decide, "reason")).isEqualTo("Giáo viên đi tập huấn");
        assertThat(scenario.shown(decide, "unitName")).isEqualTo("Trường THPT Ngô Quyền");
        // opening the form stores the decision's fields, the granted date prefilled with the date asked for
        assertThat(tasks.getVariablesLocal(decide.getId())).containsOnlyKeys("decision", "grantedDeadline", "comment")
                .containsEntry("grantedDeadline", "19/06/2026");

        assertThatThrownBy(() -> scenario.complete(decide, "so-gddt.head", Map.of("decision", "REFUSE")))
                .hasMessageContaining("a refusal needs a comment");
        scenario.complete(decide, "so-gddt.head", Map.of("decision", "REFUSE", "comment", "Đề nghị bố trí người khác"));
        assertThat(scenario.detail(a).get("deadline").asText()).isEqualTo("2026-06-12");
        assertThat(scenario.events(a)).containsExactly("EXTENSION_REFUSED");

        // an invalid request on the form is refused there
        assertThatThrownBy(() -> scenario.complete(back, "thpt-ngo-quyen.focal", Map.of("action", "EXTEND",
                "extensionDeadline", "2026-06-19"))).hasMessageContaining("reason");
    }

    @Test
    void anExtensionAfterEverythingFiredReArmsReminderOverdueAndEscalation() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9122/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-tran-phu");
        scenario.at(2026, 6, 9, 9, 0);
        scenario.at(2026, 6, 17, 0, 20);
        assertThat(scenario.events(a)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED");
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9122/SGDĐT-VP")).hasSize(1);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9122/SGDĐT-VP")).hasSize(1);

        scenario.at(2026, 6, 17, 9, 0);
        assertThat(api.as("thpt-tran-phu.focal").post("/api/assignments/" + a + "/extension",
                Map.of("newDeadline", "2026-06-30")).status()).isEqualTo(403);
        var extended = api.as("so-gddt.focal").post("/api/assignments/" + a + "/extension",
                Map.of("newDeadline", "2026-06-30", "reason", "Gia hạn theo đề nghị bằng văn bản"));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(extended.json().get("deadline").asText()).isEqualTo("2026-06-30");
        // the unit is off the open lists: both tasks end with nobody on them
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9122/SGDĐT-VP")).isEmpty();
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9122/SGDĐT-VP")).isEmpty();

        // everything fires again for Tuesday 30/6: reminder Thursday 25/6, overdue 1/7, escalation 3/7
        scenario.at(2026, 6, 25, 9, 0);
        scenario.at(2026, 7, 1, 0, 20);
        scenario.at(2026, 7, 3, 0, 20);
        assertThat(scenario.events(a)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED", "EXTENDED",
                "REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED");
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9122/SGDĐT-VP")).hasSize(1);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9122/SGDĐT-VP")).hasSize(1);
    }

    @Test
    void aPendingRequestIsGrantedThroughItsOwnTaskWhenTheIssuerExtendsByApi() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9123/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-le-quy-don");
        var asked = api.as("thpt-le-quy-don.focal").post("/api/assignments/" + a + "/extension-requests",
                Map.of("newDeadline", "2026-06-19", "reason", "Thiếu thiết bị"));
        var granted = api.as("so-gddt-vp.focal").post("/api/assignments/" + a + "/extension",
                Map.of("newDeadline", "2026-06-22", "reason", "Đồng ý"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().get("deadline").asText()).isEqualTo("2026-06-22");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(asked.json().get("processInstanceId").asText())
                .count()).isZero();
        assertThat(scenario.events(a)).containsExactly("EXTENDED");
    }

    @Test
    void badExtensionsAreRefusedWithClearErrors() {
        scenario.at(2026, 6, 10, 9, 0);
        long id = scenario.issue("9124/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-ngo-quyen");
        String path = "/api/assignments/" + a + "/extension";
        assertThat(api.as("so-gddt.focal").post(path, Map.of("newDeadline", "2026-06-09")).json().get("error").asText())
                .contains("in the past");
        assertThat(api.as("so-gddt.focal").post(path, Map.of("newDeadline", "2026-06-11")).status()).isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(path, Map.of("reason", "no date")).status()).isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(path, "{\"newDeadline\": \"30/06/2026\"}").status()).isEqualTo(400);
        assertThat(api.as("so-gddt.focal").post(path, "{not json").status()).isEqualTo(400);
        assertThat(api.as("so-gddt.focal").post("/api/assignments/999999/extension",
                Map.of("newDeadline", "2026-06-30")).status()).isEqualTo(404);
        assertThat(api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + a + "/extension-requests",
                Map.of("newDeadline", "2026-06-30")).status()).isEqualTo(422);
        // a reported assignment awaits review: no extension
        scenario.receiveAndReport(a, "thpt-ngo-quyen");
        assertThat(api.as("so-gddt.focal").post(path, Map.of("newDeadline", "2026-06-30")).status()).isEqualTo(409);
    }

    @Test
    void theIssuerReassignsToAnotherPersonOrAnotherUnit() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9125/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-le-quy-don");
        String path = "/api/assignments/" + a + "/reassignment";

        var toPerson = api.as("so-gddt.focal").post(path, Map.of("assignee", "thpt-le-quy-don.head"));
        assertThat(toPerson.status()).as(toPerson.toString()).isEqualTo(200);
        assertThat(toPerson.json().get("assignee").asText()).isEqualTo("thpt-le-quy-don.head");
        String pid = toPerson.json().get("processInstanceId").asText();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).singleResult().getAssignee()).isEqualTo("thpt-le-quy-don.head");

        var toUnit = api.as("so-gddt.focal").post(path, Map.of("unit", "thpt-tran-phu"));
        assertThat(toUnit.status()).as(toUnit.toString()).isEqualTo(200);
        assertThat(toUnit.json().get("unit").asText()).isEqualTo("thpt-tran-phu");
        assertThat(toUnit.json().get("state").asText()).isEqualTo("ISSUED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        Task receive = tasks.createTaskQuery().processInstanceId(toUnit.json().get("processInstanceId").asText()).singleResult();
        assertThat(tasks.createTaskQuery().taskId(receive.getId()).taskCandidateGroup("thpt-tran-phu").includeAssignedTasks().count()).isEqualTo(1);
        assertThat(receive.getAssignee()).isEqualTo("thpt-tran-phu.focal");
        assertThat(scenario.events(a)).containsExactly("REASSIGNED", "REASSIGNED");
        assertThat(scenario.detail(a).get("escalations").get(1).get("to").asText())
                .isEqualTo("thpt-tran-phu.focal, thpt-tran-phu.head");
        // the new unit carries it to the end
        scenario.receiveAndReport(a, "thpt-tran-phu");

        assertThat(api.as("so-gddt.focal").post(path, Map.of("unit", "no-such-unit")).status()).isEqualTo(409);
        long other = scenario.assignment(scenario.issue("9126/SGDĐT-VP", List.of("thpt-ngo-quyen"),
                LocalDate.of(2026, 6, 12), Map.of()), "thpt-ngo-quyen");
        String otherPath = "/api/assignments/" + other + "/reassignment";
        assertThat(api.as("so-gddt.focal").post(otherPath, Map.of("unit", "no-such-unit")).status()).isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(otherPath, Map.of()).status()).isEqualTo(422);
        assertThat(api.as("so-gddt.focal").post(otherPath, Map.of("assignee", "thpt-le-quy-don.head")).status()).isEqualTo(422);
        assertThat(api.as("thpt-ngo-quyen.focal").post(otherPath, Map.of("assignee", "thpt-ngo-quyen.head")).status())
                .isEqualTo(403);
    }

    @Test
    void theIssuerRecordsTheLatenessOfAnOverdueUnitOnly() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9127/SGDĐT-VP", List.of("thpt-ngo-quyen"), LocalDate.of(2026, 6, 12), Map.of());
        long a = scenario.assignment(id, "thpt-ngo-quyen");
        String path = "/api/assignments/" + a + "/lateness";
        assertThat(api.as("so-gddt.focal").post(path, Map.of("note", "Chưa trễ")).status()).isEqualTo(409);
        scenario.at(2026, 6, 17, 0, 20);
        assertThat(api.as("so-gddt.focal").post(path, Map.of()).status()).isEqualTo(422);
        assertThat(api.as("so-gddt-vp.focal").post(path, Map.of("note", "x")).status()).isEqualTo(403);
        var recorded = api.as("so-gddt.focal").post(path, Map.of("note", "Ghi nhận chậm, tiếp tục thực hiện"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("status").asText()).isEqualTo("OVERDUE");
        assertThat(scenario.events(a)).containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED", "LATENESS");
        // decided on: off the head's list, which is then empty
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9127/SGDĐT-VP")).isEmpty();
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9127/SGDĐT-VP")).hasSize(1);
    }

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(Time.ZONE).toInstant());
    }
}
