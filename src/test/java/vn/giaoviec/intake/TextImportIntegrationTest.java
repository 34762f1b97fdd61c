package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;

/** A clerk pastes either seed into the API or Tasklist, fills what the text leaves open, and issues it. */
@IntegrationTest
class TextImportIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    Jobs jobs;
    @Autowired
    ProcessEngine engine;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void theWardsLetterIsDraftedAndRegisteredOnceItsDateIsFilledIn() {
        var draft = draft("phuong-hong-bang.focal", Api.fixture("intake/seeds/004_956726444667646b.txt"));
        assertThat(draft.getStatusCode().value()).isEqualTo(200);
        ObjectNode body = (ObjectNode) api.parse(draft.getBody());
        assertThat(body.get("issuer").asText()).isEqualTo("phuong-hong-bang");
        assertThat(body.get("monitoringUnit").asText()).isEqualTo("phuong-hong-bang-vhxh");
        assertThat(body.get("issuedOn").isNull()).isTrue();
        assertThat(body.get("warnings")).isNotEmpty();
        assertThat(body.get("items").get(1).get("recipients").get(0).asText())
                .isEqualTo("mam-non+tieu-hoc+thcs@phuong-hong-bang");

        body.put("issuedOn", "2026-02-10");
        var issued = api.as("phuong-hong-bang.focal").post("/api/directives", body);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("number").asText()).matches("\\d+/UBND-VHXX");
        JsonNode stored = api.as("phuong-hong-bang.focal").get("/api/directives/" + issued.json().get("id").asLong()).json();
        assertThat(stored.get("ccNames")).hasSize(5);
        assertThat(stored.get("signer").get("name").asText()).isEqualTo("Nguyễn Thị Vân Anh");
    }

    @Test
    void theOcrLetterNeedsOnlyWhatTheScanLost() {
        String text = Api.fixture("intake/seeds/000_697a0543ac1c760b.txt").replace("8628", "8630");
        ObjectNode body = (ObjectNode) api.parse(draft("so-gddt.focal", text).getBody());
        assertThat(body.get("number").asText()).isEqualTo("8630/SGDĐT-VP");
        assertThat(body.get("issuer").asText()).isEqualTo("so-gddt");
        for (JsonNode item : (ArrayNode) body.get("items")) {
            if (item.get("deadline").isNull()) {
                ((ObjectNode) item).put("deadline", "2025-12-31");
            }
        }
        var issued = api.as("so-gddt.focal").post("/api/directives", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        int schools = api.as("admin").get("/api/units?within=ubnd-tp&kinds=truong").json().size();
        int divisions = api.as("admin").get("/api/units?within=so-gddt&kinds=phong").json().size();
        assertThat(issued.json().get("assignmentCount").asInt()).isEqualTo(schools + divisions + 1);
    }

    @Test
    void anEmptyTextIsABadRequest() {
        assertThat(draft("so-gddt.focal", " ").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aClerkPastesTheTextInTasklistCorrectsTheDraftAndIssuesIt() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(IntakeProcess.KEY).latestVersion().singleResult().getId();
        String text = Api.fixture("intake/seeds/004_956726444667646b.txt").replace("PHƯỜNG HỒNG BÀNG", "PHƯỜNG LÊ CHÂN")
                .replace("phường Hồng Bàng", "phường Lê Chân");
        ProcessInstance pi = asClerk(() -> engine.getFormService().submitStartForm(definition,
                Map.of(IntakeProcess.PASTED, vn.giaoviec.kernel.FormVariables.json(Map.of("text", text)))));
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(review.getAssignee()).isEqualTo("phuong-le-chan.focal");
        Map<String, Object> form = engine.getTaskService().getVariablesLocal(review.getId());
        assertThat(form).containsEntry("issuer", "phuong-le-chan").containsKey("warningsText");
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKey(IntakeProcess.PASTED);

        // the clerk types the date the letter left blank, day first
        engine.getTaskService().setVariablesLocal(review.getId(), Map.of("issuedOn", "11/02/2026"));
        asClerk(() -> {
            engine.getTaskService().complete(review.getId());
            return null;
        });

        long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("directiveId").singleResult().getValue();
        JsonNode directive = api.as("phuong-le-chan.focal").get("/api/directives/" + id).json();
        assertThat(directive.get("issuer").asText()).isEqualTo("phuong-le-chan");
        assertThat(directive.get("issuedOn").asText()).isEqualTo("2026-02-11");
        assertThat(directive.get("addressees")).isNotEmpty();
    }

    /** As Tasklist does it: the engine call made as the logged-in clerk. */
    private <T> T asClerk(java.util.function.Supplier<T> call) {
        engine.getIdentityService().setAuthentication("phuong-le-chan.focal", List.of("phuong-le-chan"));
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private org.springframework.http.ResponseEntity<String> draft(String user, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
        return rest.exchange("/api/directives/drafts", HttpMethod.POST, new HttpEntity<>(text, headers), String.class);
    }
}
