package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/** The head's escalation task in Tasklist: a decision per unit, or one for all of them. */
@IntegrationTest
class EscalationDecisionIntegrationTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;

    @Test
    void theHeadExtendsOneUnitReassignsAnotherAndRecordsTheLatenessOfTheThird() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9110/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 6, 5), Map.of());
        long extended = scenario.assignment(id, "thpt-le-quy-don");
        long reassigned = scenario.assignment(id, "thpt-ngo-quyen");
        long recorded = scenario.assignment(id, "thpt-tran-phu");
        // Friday 5/6; grace Monday 8 and Tuesday 9; the head's task on Wednesday 10/6
        scenario.at(2026, 6, 10, 0, 20);
        Task escalation = scenario.taskOf(DeadlineProcess.ESCALATION, "9110/SGDĐT-VP");
        List<Map<String, Object>> rows = rows(escalation);
        assertThat(rows).hasSize(3);
        decide(rows, "Trường THPT Lê Quý Đôn", "EXTEND", "2026-06-19", null, "Trường đang sửa chữa phòng máy");
        decide(rows, "Trường THPT Ngô Quyền", "REASSIGN", null, "thpt-ngo-quyen.head", "Hiệu trưởng trực tiếp thực hiện");
        decide(rows, "Trường THPT Trần Phú", "LATENESS", null, null, "Chậm do thiếu nhân lực");

        scenario.at(2026, 6, 10, 9, 0);
        scenario.complete(escalation, "so-gddt.head", Map.of("decisions", FormVariables.json(rows)));

        JsonNode a = scenario.detail(extended);
        assertThat(a.get("deadline").asText()).isEqualTo("2026-06-19");
        assertThat(a.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(scenario.events(extended)).containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED", "EXTENDED");
        assertThat(a.get("escalations").get(3).get("note").asText())
                .isEqualTo("05/06/2026 → 19/06/2026: Trường đang sửa chữa phòng máy");
        JsonNode b = scenario.detail(reassigned);
        assertThat(b.get("assignee").asText()).isEqualTo("thpt-ngo-quyen.head");
        assertThat(scenario.events(reassigned)).last().isEqualTo("REASSIGNED");
        assertThat(tasks.createTaskQuery().processInstanceId(b.get("processInstanceId").asText()).singleResult()
                .getAssignee()).isEqualTo("thpt-ngo-quyen.head");
        JsonNode c = scenario.detail(recorded);
        assertThat(c.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(scenario.events(recorded)).containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED", "LATENESS");
        assertThat(c.get("escalations").get(3).get("note").asText()).isEqualTo("Chậm do thiếu nhân lực");

        // everyone is decided on: the escalation is over; the follow-up goes on for the two still late
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9110/SGDĐT-VP")).isEmpty();
        Task followUp = scenario.taskOf(DeadlineProcess.FOLLOW_UP, "9110/SGDĐT-VP");
        assertThat(scenario.variable(followUp, "lateCount")).isEqualTo(2);

        // the lateness stays on record when the school finally reports
        scenario.receiveAndReport(recorded, "thpt-tran-phu");
        api.as("so-gddt-vp.focal").post("/api/assignments/" + recorded + "/review", Map.of("decision", "ACCEPT"));
        assertThat(scenario.detail(recorded).get("status").asText()).isEqualTo("DONE_LATE");
    }

    @Test
    void theHeadExtendsEveryUnitAtOnce() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9111/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 6, 5), Map.of());
        scenario.at(2026, 6, 10, 0, 20);
        Task escalation = scenario.taskOf(DeadlineProcess.ESCALATION, "9111/SGDĐT-VP");
        scenario.at(2026, 6, 10, 9, 0);
        scenario.complete(escalation, "so-gddt.head", Map.of("allDecision", "EXTEND", "allNewDeadline", "2026-06-26",
                "allNote", "Gia hạn chung do kỳ thi"));
        for (String school : List.of("thpt-le-quy-don", "thpt-ngo-quyen", "thpt-tran-phu")) {
            JsonNode a = scenario.detail(scenario.assignment(id, school));
            assertThat(a.get("deadline").asText()).isEqualTo("2026-06-26");
            assertThat(a.get("status").asText()).isEqualTo("IN_PROGRESS");
        }
        // nobody is late any more: both lists are empty and their tasks gone
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9111/SGDĐT-VP")).isEmpty();
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9111/SGDĐT-VP")).isEmpty();
    }

    @Test
    void anInvalidDecisionRefusesTheWholeFormAndChangesNothing() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9112/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 6, 5), Map.of());
        scenario.at(2026, 6, 10, 0, 20);
        Task escalation = scenario.taskOf(DeadlineProcess.ESCALATION, "9112/SGDĐT-VP");
        List<Map<String, Object>> rows = rows(escalation);
        decide(rows, "Trường THPT Lê Quý Đôn", "EXTEND", "2026-06-19", null, null);
        decide(rows, "Trường THPT Ngô Quyền", "EXTEND", "2026-06-01", null, null);
        assertThatThrownBy(() -> scenario.complete(escalation, "so-gddt.head", Map.of("decisions", FormVariables.json(rows))))
                .hasMessageContaining("thpt-ngo-quyen").hasMessageContaining("in the past");
        assertThat(scenario.detail(scenario.assignment(id, "thpt-le-quy-don")).get("deadline").asText()).isEqualTo("2026-06-05");
        assertThatThrownBy(() -> scenario.complete(escalation, "so-gddt.head", Map.of()))
                .hasMessageContaining("choose a decision");
    }

    private List<Map<String, Object>> rows(Task task) {
        List<Map<String, Object>> rows = new ArrayList<>();
        api.parse(scenario.variable(task, "decisions").toString()).forEach(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            r.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().isNull() ? null
                    : f.getValue().isNumber() ? f.getValue().numberValue() : f.getValue().asText()));
            rows.add(row);
        });
        return rows;
    }

    private static void decide(List<Map<String, Object>> rows, String unit, String decision, String deadline,
                               String to, String note) {
        Map<String, Object> row = rows.stream().filter(r -> unit.equals(r.get("unitName"))).findFirst().orElseThrow();
        row.put("decision", decision);
        row.put("newDeadline", deadline);
        row.put("reassignTo", to);
        row.put("note", note);
    }
}
