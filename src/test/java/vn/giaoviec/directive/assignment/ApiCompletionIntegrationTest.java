package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaoviec.support.Scenario.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * The API completes a step without the engine checking the user's right a second time: our check is
 * the one that decides, and Camunda's operation log still names whoever completed each step.
 */
@IntegrationTest
class ApiCompletionIntegrationTest {

    private static final String SCHOOL = "thpt-tran-phu";

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    @Test
    void eachStepIsLoggedUnderItsUserAndAnotherUnitIsRefusedWithNothingCompleted() {
        scenario.at(2026, 10, 1, 9, 0);
        long id = scenario.issue("9362/SGDĐT-VP", List.of(SCHOOL), LocalDate.of(2026, 10, 20), Map.of());
        long assignment = scenario.assignment(id, SCHOOL);
        String process = scenario.detail(assignment).get("processInstanceId").asText();

        var refused = api.as("thpt-ngo-quyen.focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().processInstanceId(process).singleResult().getTaskDefinitionKey())
                .isEqualTo(AssignmentProcess.RECEIVE);

        scenario.receiveAndReport(assignment, SCHOOL);
        ok(api.as("so-gddt-vp.focal").post("/api/assignments/" + assignment + "/review", Map.of("decision", "ACCEPT")));

        assertThat(history.createUserOperationLogQuery().processInstanceId(process)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).orderByTimestamp().asc().list())
                .extracting(UserOperationLogEntry::getUserId)
                .containsExactly(SCHOOL + ".focal", SCHOOL + ".focal", "so-gddt-vp.focal");
        assertThat(scenario.detail(assignment).get("state").asText()).isEqualTo(Assignment.ACCEPTED);
    }
}
