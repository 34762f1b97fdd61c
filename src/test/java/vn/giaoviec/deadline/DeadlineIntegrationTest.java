package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

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
        // the list entry names the letter and the deadline the units missed; the monitoring unit's focal person holds it
        assertThat(followUp.getName()).isEqualTo("Đôn đốc các đơn vị chậm · 9101/SGDĐT-VP · hạn 13/03/2026 · V/v kiểm thử thời hạn 9101/SGDĐT-VP");
        assertThat(followUp.getAssignee()).isEqualTo("so-gddt-vp.focal");
        assertThat(tasks.getVariableLocal(followUp.getId(), "lateCount")).isEqualTo(2);
        assertThat(tasks.createTaskQuery().taskId(followUp.getId()).taskCandidateGroup("so-gddt-vp").includeAssignedTasks().count()).isEqualTo(1);

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

    @Test
    void theSchoolsOfOneDeadlineShareOneTimerAndASchoolGivenMoreTimeGetsItsOwn() {
        scenario.at(2026, 3, 2, 9, 0);
        String number = "9108/SGDĐT-VP";
        long id = scenario.issue(number, List.of("thpt@so-gddt"), LocalDate.of(2026, 3, 13), Map.of());
        // three schools, one deadline: one watch process, one timer
        assertThat(watchProcesses(number)).isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(watchProcess(number)).timers().count()).isEqualTo(1);

        long extended = scenario.assignment(id, "thpt-tran-phu");
        var granted = api.as("so-gddt.focal").post("/api/assignments/" + extended + "/extension",
                Map.of("newDeadline", "2026-03-31", "reason", "Trường đang sửa chữa phòng học"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(watchProcesses(number)).isEqualTo(2);

        // the shared deadline passes (the clock jumps over the reminder day: no reminder for a deadline gone): one job
        // marks both schools still on it, the school given more time is not late
        scenario.at(2026, 3, 14, 0, 1);
        assertThat(scenario.detail(scenario.assignment(id, "thpt-le-quy-don")).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(scenario.detail(scenario.assignment(id, "thpt-ngo-quyen")).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(scenario.events(extended)).containsExactly("EXTENDED");
        assertThat(scenario.detail(extended).get("status").asText()).isNotEqualTo("OVERDUE");

        // its own deadline fires for it alone (Tuesday 31/3: reminder on Thursday 26/3); the others' went on to
        // the escalation without it
        scenario.at(2026, 3, 26, 0, 1);
        assertThat(scenario.events(extended)).containsExactly("EXTENDED", "REMINDER");
        scenario.at(2026, 4, 1, 0, 1);
        assertThat(scenario.events(extended)).containsExactly("EXTENDED", "REMINDER", "OVERDUE", "FOLLOW_UP");
        assertThat(scenario.events(scenario.assignment(id, "thpt-le-quy-don")))
                .containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED");
    }

    @Test
    void theFollowUpRemindsEveryLateUnitInOneClickAndEndsWhenNobodyIsLate() {
        scenario.at(2026, 4, 1, 9, 0);
        long id = scenario.issue("9102/SGDĐT-VP", List.of("thpt@so-gddt"), LocalDate.of(2026, 4, 10), Map.of());
        // the clock jumps past the deadline: a reminder for a deadline already gone is not sent
        scenario.at(2026, 4, 11, 0, 20);
        Task followUp = scenario.taskOf(DeadlineProcess.FOLLOW_UP, "9102/SGDĐT-VP");
        assertThat(scenario.variable(followUp, "lateCount")).isEqualTo(3);
        JsonNode rows = api.parse(scenario.variable(followUp, "lateUnits").toString());
        assertThat(rows).extracting(r -> r.get("unitName").asText())
                .containsExactly("Trường THPT Lê Quý Đôn", "Trường THPT Ngô Quyền", "Trường THPT Trần Phú");
        assertThat(rows.get(0).get("focal").asText()).isEqualTo("Phạm Phương Bình");
        assertThat(rows.get(0).get("phone").asText()).isEqualTo("02253654351");
        assertThat(rows.get(0).get("missing").asText()).isEqualTo("Chưa tiếp nhận, chưa báo cáo nhiệm vụ 1");

        scenario.complete(followUp, "so-gddt-vp.focal", Map.of("action", "REMIND", "message", "Đề nghị nộp ngay trong hôm nay"));
        scenario.runDue();
        for (String school : SCHOOLS) {
            JsonNode events = scenario.detail(scenario.assignment(id, school)).get("escalations");
            assertThat(events).extracting(e -> e.get("type").asText())
                    .containsExactly("OVERDUE", "FOLLOW_UP", "FOLLOW_UP");
            assertThat(events.get(2).get("note").asText()).contains("Đề nghị nộp ngay trong hôm nay");
            assertThat(events.get(2).get("to").asText()).isEqualTo(school + ".focal, " + school + ".head");
        }
        // still one follow-up task, back on the list
        Task again = scenario.taskOf(DeadlineProcess.FOLLOW_UP, "9102/SGDĐT-VP");
        assertThat(again.getId()).isNotEqualTo(followUp.getId());

        scenario.at(2026, 4, 13, 9, 0);
        for (String school : SCHOOLS) {
            scenario.receiveAndReport(scenario.assignment(id, school), school);
        }
        assertThat(scenario.tasksOf(DeadlineProcess.FOLLOW_UP, "9102/SGDĐT-VP")).isEmpty();
        // nobody was late any more when the grace ended: no escalation
        scenario.at(2026, 4, 20, 9, 0);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9102/SGDĐT-VP")).isEmpty();
    }

    @Test
    void aDirectiveMayEscalateOneLevelHigherToTheHeadOfTheIssuersParent() {
        scenario.at(2026, 5, 4, 9, 0);
        long id = scenario.issue("9103/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 5, 8),
                Map.of("deadlines", Map.of("levels", 2)));
        assertThat(api.as("so-gddt.focal").get("/api/directives/" + id).json().get("deadlines").get("levels").asInt())
                .isEqualTo(2);
        long school = scenario.assignment(id, "thpt-tran-phu");
        scenario.at(2026, 5, 5, 0, 1);
        // grace: Monday 11 and Tuesday 12 May; level 1 on Wednesday 13, level 2 two working days later, Friday 15
        scenario.at(2026, 5, 13, 0, 20);
        assertThat(scenario.taskOf(DeadlineProcess.ESCALATION, "9103/SGDĐT-VP").getAssignee()).isEqualTo("so-gddt.head");
        scenario.at(2026, 5, 14, 23, 0);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9103/SGDĐT-VP")).hasSize(1);
        scenario.at(2026, 5, 15, 0, 20);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9103/SGDĐT-VP")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("so-gddt.head", "ubnd-tp.head");
        JsonNode events = scenario.detail(school).get("escalations");
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED", "ESCALATED");
        assertThat(events.get(4).get("to").asText()).isEqualTo("ubnd-tp.head");
        assertThat(events.get(4).get("note").asText()).contains("cấp 2");
        // and no third level: the default is one, this directive asked for two
        scenario.at(2026, 5, 29, 9, 0);
        assertThat(scenario.events(school)).hasSize(5);
    }

    @Test
    void byDefaultEscalationStopsAtTheIssuersHead() {
        scenario.at(2026, 5, 4, 9, 0);
        long id = scenario.issue("9106/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 5, 8), Map.of());
        scenario.at(2026, 5, 5, 9, 0);
        scenario.at(2026, 5, 29, 9, 0);
        assertThat(scenario.tasksOf(DeadlineProcess.ESCALATION, "9106/SGDĐT-VP")).extracting(Task::getAssignee)
                .containsExactly("so-gddt.head");
        assertThat(scenario.events(scenario.assignment(id, "thpt-le-quy-don")))
                .containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED");
    }

    @Test
    void aDirectiveRegisteredAfterItsDeadlineEscalatesAtOnce() {
        scenario.at(2026, 5, 20, 9, 0);
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "9104/SGDĐT-VP",
                "issuer", "so-gddt", "issuedOn", "2026-04-01", "subject", "V/v nhập văn bản cũ",
                "items", List.of(Map.of("no", "1", "text", "Báo cáo", "recipients", List.of("thpt-ngo-quyen"),
                        "deadline", "2026-04-24"))));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("warnings").toString()).contains("has already passed");
        scenario.runDue();
        long school = scenario.assignment(issued.json().get("id").asLong(), "thpt-ngo-quyen");
        // no reminder for a deadline long gone: straight to overdue, follow-up and escalation
        assertThat(scenario.events(school)).containsExactly("OVERDUE", "FOLLOW_UP", "ESCALATED");
        assertThat(scenario.taskOf(DeadlineProcess.FOLLOW_UP, "9104/SGDĐT-VP").getDueDate()).isNotNull();
        assertThat(scenario.taskOf(DeadlineProcess.ESCALATION, "9104/SGDĐT-VP").getAssignee()).isEqualTo("so-gddt.head");
    }

    @Test
    void aDirectiveMayRemindEarlierThanTheDeployment() {
        scenario.at(2026, 6, 1, 9, 0);
        long id = scenario.issue("9105/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 6, 19),
                Map.of("deadlines", Map.of("reminderDays", 5, "graceDays", 1)));
        long school = scenario.assignment(id, "thpt-le-quy-don");
        // Friday 19/6 minus five working days: Friday 12/6
        scenario.at(2026, 6, 11, 23, 0);
        assertThat(scenario.detail(school).get("dueSoon").asBoolean()).isFalse();
        scenario.at(2026, 6, 12, 8, 0);
        assertThat(scenario.detail(school).get("dueSoon").asBoolean()).isTrue();
        assertThat(scenario.events(school)).containsExactly("REMINDER");
        // one working day of grace: escalated on Tuesday 23/6
        scenario.at(2026, 6, 22, 23, 0);
        assertThat(scenario.events(school)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP");
        scenario.at(2026, 6, 23, 0, 1);
        assertThat(scenario.events(school)).containsExactly("REMINDER", "OVERDUE", "FOLLOW_UP", "ESCALATED");
    }

    @Test
    void aDirectiveWithAnImpossiblePolicyIsRefused() {
        var refused = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "9107/SGDĐT-VP",
                "issuer", "so-gddt", "subject", "V/v chính sách sai", "deadlines", Map.of("levels", 0, "graceDays", -1),
                "items", List.of(Map.of("no", "1", "text", "x", "recipients", List.of("thpt-ngo-quyen")))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").toString()).contains("deadlines.levels").contains("deadlines.graceDays");
    }

    private long watchProcesses(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineProcess.WATCH)
                .processInstanceBusinessKey(number).count();
    }

    private String watchProcess(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineProcess.WATCH)
                .processInstanceBusinessKey(number).singleResult().getId();
    }
}
