package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * The deadline machinery on one directive to the three upper-secondary schools: reminder, overdue,
 * one follow-up task kept current, one escalation task — on a controlled clock.
 */
@IntegrationTest
class DeadlineIntegrationTest {

    static final List<String> SCHOOLS = List.of("thpt-le-quy-don", "thpt-ngo-quyen", "thpt-tran-phu");

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsThenMarksOverdueThenOneFollowUpThenOneEscalation() {
        scenario.at(2026, 3, 2, 9, 0);
        long id = scenario.issue("9101/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 3, 13), Map.of());
        long early = scenario.assignment(id, "thpt-le-quy-don");
        long late = scenario.assignment(id, "thpt-ngo-quyen");
        long later = scenario.assignment(id, "thpt-tran-phu");

        // Friday 13/3: three working days before is Tuesday 10/3
        scenario.at(2026, 3, 9, 23, 0);
        assertThat(scenario.events(late)).isEmpty();
        assertThat(scenario.detail(late).get("dueSoon").asBoolean()).isFalse();
        scenario.at(2026, 3, 10, 0, 1);
        JsonNode reminded = scenario.detail(late);
        assertThat(reminded.get("dueSoon").asBoolean()).isTrue();
        assertThat(reminded.get("escalations").get(0).get("type").asText()).isEqualTo("REMINDER");
        assertThat(reminded.get("escalations").get(0).get("to").asText())
                .isEqualTo("thpt-ngo-quyen.focal, thpt-ngo-quyen.head");
        Task receive = tasks.createTaskQuery().processInstanceId(reminded.get("processInstanceId").asText()).singleResult();
        assertThat(receive.getFollowUpDate()).isNotNull();

        scenario.at(2026, 3, 12, 10, 0);
        scenario.receiveAndReport(early, "thpt-le-quy-don");

        // the deadline passes: two late schools, one follow-up task for the Office after the list delay
        scenario.at(2026, 3, 14, 0, 1);
        assertThat(scenario.detail(late).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(scenario.events(late)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP");
        assertThat(scenario.events(early)).containsExactly("REMINDER");
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9101/SGDĐT-VP")).isEmpty();
        scenario.at(2026, 3, 14, 0, 20);
        List<Task> followUps = scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9101/SGDĐT-VP");
        assertThat(followUps).hasSize(1);
        Task followUp = followUps.get(0);
        assertThat(followUp.getName()).isEqualTo("Đôn đốc các đơn vị chậm");
        assertThat(tasks.getVariableLocal(followUp.getId(), "lateCount")).isEqualTo(2);
        assertThat(tasks.createTaskQuery().taskId(followUp.getId()).taskCandidateGroup("so-gddt-vp").count()).isEqualTo(1);

        // a late school reports: the list is kept current
        scenario.at(2026, 3, 16, 9, 0);
        scenario.receiveAndReport(later, "thpt-tran-phu");
        assertThat(tasks.getVariableLocal(followUp.getId(), "lateCount")).isEqualTo(1);

        // two working days after Friday 13/3 (Monday 16, Tuesday 17): the issuer's head decides
        scenario.at(2026, 3, 17, 23, 0);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9101/SGDĐT-VP")).isEmpty();
        scenario.at(2026, 3, 18, 0, 20);
        List<Task> escalations = scenario.tasksOf(DeadlineProcess.ESCALATION, "9101/SGDĐT-VP");
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getAssignee()).isEqualTo("so-gddt.head");
        assertThat(tasks.getVariableLocal(escalations.get(0).getId(), "lateCount")).isEqualTo(1);
        assertThat(scenario.events(late)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED");
        assertThat(scenario.detail(late).get("escalations").get(3).get("to").asText()).isEqualTo("so-gddt.head");
    }
}
