package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.LateLetter;
import vn.giaoviec.support.Scenario;

/**
 * What an operator sees in Cockpit: every instance of a letter, of its assignments, of its deadline
 * watches and follow-up, is listed under the letter's printed number; a ward's letter hangs below the
 * ward's assignment as a called instance under its own number; every step of every diagram has a name.
 */
@IntegrationTest
class CockpitIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    Scenario scenario;
    @Autowired
    LateLetter lateLetter;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;

    @Test
    void aLetterAndItsCascadeAreFoundByTheirNumbers() {
        var letter = lateLetter.issue(7621);
        scenario.at(2026, 4, 9, 9, 0); // the follow-up list has been drawn up

        List<HistoricProcessInstance> underNumber = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(letter.number()).list();
        Map<String, Long> byProcess = underNumber.stream()
                .collect(Collectors.groupingBy(HistoricProcessInstance::getProcessDefinitionKey, Collectors.counting()));
        assertThat(byProcess).containsEntry("directive", 1L)
                .containsEntry("assignment", (long) letter.assignments().size())
                .containsEntry("follow-up", 1L)
                .containsKey("deadline-watch");

        // each assignment's own instance carries the number, so a unit's case is one search away
        String directivePid = processInstanceOf("/api/directives/" + letter.id());
        for (long assignment : letter.assignments().values()) {
            String pid = processInstanceOf("/api/assignments/" + assignment);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
                    .getBusinessKey()).isEqualTo(letter.number());
        }

        // the ward's letter: a called instance of the ward's assignment, under the ward's own number
        String wardPid = processInstanceOf("/api/assignments/" + letter.assignments().get(LateLetter.WARD));
        HistoricProcessInstance cascade = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceOf("/api/directives/" + letter.cascadeId())).singleResult();
        assertThat(cascade.getSuperProcessInstanceId()).isEqualTo(wardPid);
        assertThat(cascade.getBusinessKey()).isEqualTo(letter.cascadeNumber());
        for (long assignment : letter.cascadeAssignments().values()) {
            String pid = processInstanceOf("/api/assignments/" + assignment);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
                    .getBusinessKey()).isEqualTo(letter.cascadeNumber());
        }

        // the operator's search through the REST API Cockpit itself is built on
        JsonNode running = api.as("admin").get("/engine-rest/process-instance?businessKey=" + letter.number()
                + "&processDefinitionKey=directive").json();
        assertThat(running).hasSize(1);
        assertThat(running.get(0).get("id").asText()).isEqualTo(directivePid);
    }

    /** Camunda's naming guide: a gateway that joins paths, or a parallel one, says nothing a clerk needs. */
    @Test
    void everyStepOfEveryDiagramHasANameExceptJoiningAndParallelGateways() {
        List<String> unnamed = new ArrayList<>();
        List<String> namedJoins = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            var model = repository.getBpmnModelInstance(definition.getId());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (blank(process.getName())) {
                    unnamed.add(definition.getKey());
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean join = node instanceof ParallelGateway
                        || node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
                if (join && !blank(node.getName())) {
                    namedJoins.add(definition.getKey() + "#" + node.getId());
                } else if (!join && blank(node.getName())) {
                    unnamed.add(definition.getKey() + "#" + node.getId());
                }
            }
        }
        assertThat(unnamed).as("processes and steps without a name").isEmpty();
        assertThat(namedJoins).as("joining and parallel gateways with a name").isEmpty();
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(ProcessDefinition::getName)
                .contains("Văn bản chỉ đạo", "Nhiệm vụ được giao");
    }

    private String processInstanceOf(String path) {
        return api.as("admin").get(path).json().get("processInstanceId").asText();
    }

    private static boolean blank(String name) {
        return name == null || name.isBlank();
    }
}
