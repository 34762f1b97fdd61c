package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * What an assignment's form shows comes from our tables when the form is opened, not from engine
 * variables written with every task: an issued task holds none, its form shows the letter as it is
 * now, and opening it stores on the task just what the unit fills in, so that Tasklist's submission
 * lands there.
 */
@IntegrationTest
class ShownFormDataIntegrationTest {

    static final String SCHOOL = "thpt-ngo-quyen";

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;

    @Test
    void theReceiveTaskHoldsOnlyTheUnitsAnswersAndItsFormShowsTheLetterAsItIsNow() {
        scenario.at(2026, 9, 1, 9, 0);
        long id = scenario.issue("9191/SGDĐT-VP", List.of(SCHOOL), LocalDate.of(2026, 9, 30), Map.of());
        long assignment = scenario.assignment(id, SCHOOL);
        Task receive = tasks.createTaskQuery()
                .processInstanceId(scenario.detail(assignment).get("processInstanceId").asText()).singleResult();

        assertThat(tasks.getVariablesLocal(receive.getId())).as("an issued task holds no form variables").isEmpty();
        // another school gets nothing, and opening nothing stores nothing
        assertThat(api.as("thpt-tran-phu.focal").get("/engine-rest/task/" + receive.getId() + "/form-variables").status())
                .isIn(403, 404);
        assertThat(tasks.getVariablesLocal(receive.getId())).isEmpty();

        JsonNode form = form(SCHOOL + ".focal", receive, "");
        assertThat(tasks.getVariablesLocal(receive.getId()).keySet()).containsExactlyInAnyOrder("mode", "assignee");
        assertThat(form.get("directiveNumber").get("value").asText()).isEqualTo("9191/SGDĐT-VP");
        assertThat(form.get("unitName").get("value").asText()).isEqualTo("Trường THPT Ngô Quyền");
        assertThat(form.get("deadlineText").get("value").asText()).isEqualTo("30/09/2026");
        assertThat(form.get("modeOptions").get("type").asText()).isEqualTo("Json");
        assertThat(api.parse(form.get("modeOptions").get("value").asText()).get(0).get("value").asText()).isEqualTo("DIRECT");
        // the unit's own answers are the task's variables from now on, empty until it answers
        assertThat(form.get("mode").get("type").asText()).isEqualTo("Null");
        assertThat(form(SCHOOL + ".focal", receive, "").get("mode").get("type").asText()).isEqualTo("Null");

        // a later deadline shows on the open form at once
        var extended = api.as("so-gddt.focal").post("/api/assignments/" + assignment + "/extension",
                Map.of("newDeadline", "2026-10-15", "reason", "Trường đề nghị bằng văn bản"));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(form(SCHOOL + ".focal", receive, "").get("deadlineText").get("value").asText()).isEqualTo("15/10/2026");

        // only the names asked for, as the engine answers
        assertThat(form(SCHOOL + ".focal", receive, "?variableNames=directiveNumber,mode").properties())
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrder("directiveNumber", "mode");
    }

    private JsonNode form(String user, Task task, String query) {
        var answer = api.as(user).get("/engine-rest/task/" + task.getId() + "/form-variables" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
