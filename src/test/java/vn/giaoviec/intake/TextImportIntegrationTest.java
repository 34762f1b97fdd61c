package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;
import vn.giaoviec.support.Scenario;

/** A clerk pastes either seed into the API or Tasklist, fills what the text leaves open, and issues it. */
@IntegrationTest
class TextImportIntegrationTest {

    private static final String CLERK = "phuong-le-chan.focal";
    private static final String VHXH = "phuong-le-chan-vhxh";
    /** A ward's letter to a body the organisation does not know, without a V/v line. */
    static final String UNKNOWN_BODY = """
            UBND PHƯỜNG LÊ CHÂN
            Số: {number}/UBND-VHXX                 Lê Chân, ngày 05 tháng 3 năm 2026

            1. Hội Khuyến học phường tổ chức phát động phong trào khuyến học trong các khu dân cư.
            2. Trường THCS Ngô Quyền tổ chức ngày hội khuyến học của nhà trường.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
                                                   CHỦ TỊCH
                                                   Đỗ Hữu Vân
            """;

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
        assertThat(form).containsEntry("issuer", "phuong-le-chan").containsKey("issuedOnWarning");
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

    @Test
    void eachWarningStandsBesideItsFieldAndAnUnknownBodyTheClerkMapsReceivesItsItem() {
        Task review = review(UNKNOWN_BODY.replace("{number}", "915"));
        Map<String, Object> form = engine.getTaskService().getVariablesLocal(review.getId());
        // the letter has no V/v line: said beside the subject, not in a box at the top
        assertThat((String) form.get("subjectWarning")).contains("Không đọc được trích yếu");
        assertThat(form).doesNotContainKeys("generalWarning", "numberWarning");
        JsonNode rows = api.parse(form.get("items").toString());
        assertThat(rows.get(0).get("warnings").asText()).contains("Không nhận ra đơn vị: Hội Khuyến học phường")
                .doesNotContain("Mục 1");
        assertThat(rows.get(1).get("warnings").asText()).isEmpty();
        JsonNode unmapped = api.parse(form.get("unmapped").toString());
        assertThat(unmapped).singleElement().satisfies(row -> {
            assertThat(row.get("phrase").asText()).isEqualTo("Hội Khuyến học phường");
            assertThat(row.get("itemsText").asText()).isEqualTo("Mục 1");
        });
        // the list to choose from is served with the form, not stored: units by name and the ward's selectors
        assertThat(form).doesNotContainKey("recipientOptions");
        JsonNode options = api.parse(Scenario.ok(api.as(CLERK).get("/engine-rest/task/" + review.getId()
                + "/form-variables")).json().get("recipientOptions").get("value").asText());
        assertThat(options).anySatisfy(o -> {
            assertThat(o.get("label").asText()).isEqualTo("Phòng Văn hóa - Xã hội phường Lê Chân");
            assertThat(o.get("value").asText()).isEqualTo(VHXH);
        }).anySatisfy(o -> {
            assertThat(o.get("label").asText()).isEqualTo("Tất cả trường THCS thuộc UBND phường Lê Chân (3)");
            assertThat(o.get("value").asText()).isEqualTo("thcs@phuong-le-chan");
        });

        engine.getTaskService().setVariablesLocal(review.getId(), Map.of("subject", "V/v phát động phong trào khuyến học",
                "unmapped", FormVariables.json(List.of(Map.of("phrase", "Hội Khuyến học phường", "recipients", List.of(VHXH))))));
        asClerk(() -> {
            engine.getTaskService().complete(review.getId());
            return null;
        });

        JsonNode items = issued(review.getProcessInstanceId()).get("items");
        assertThat(items.get(0).get("recipients")).extracting(JsonNode::asText).containsExactly(VHXH);
        assertThat(items.get(0).get("recipientNames")).extracting(JsonNode::asText).containsExactly("Hội Khuyến học phường");
        assertThat(items.get(1).get("recipients")).extracting(JsonNode::asText).containsExactly("thcs-ngo-quyen-le-chan");
    }

    @Test
    void aChoiceThatIsNoUnitIsRefusedNamingThePhraseAndNothingIsWritten() {
        Task review = review(UNKNOWN_BODY.replace("{number}", "925"));
        engine.getTaskService().setVariablesLocal(review.getId(), Map.of("subject", "V/v phát động phong trào khuyến học",
                "unmapped", FormVariables.json(List.of(Map.of("phrase", "Hội Khuyến học phường",
                        "recipients", List.of("hoi-khuyen-hoc"))))));

        assertThatThrownBy(() -> asClerk(() -> {
            engine.getTaskService().complete(review.getId());
            return null;
        })).hasMessageContaining("Hội Khuyến học phường").hasMessageContaining("unknown unit: hoi-khuyen-hoc");

        // nothing half-written: the clerk picks again and the letter registers under its own number
        engine.getTaskService().setVariablesLocal(review.getId(), Map.of("unmapped", FormVariables.json(List.of(
                Map.of("phrase", "Hội Khuyến học phường", "recipients", List.of(VHXH))))));
        asClerk(() -> {
            engine.getTaskService().complete(review.getId());
            return null;
        });
        assertThat(issued(review.getProcessInstanceId()).get("number").asText()).isEqualTo("925/UBND-VHXX");
    }

    /** The clerk pastes {@code text} in Tasklist: the review task it opens. */
    private Task review(String text) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(IntakeProcess.KEY).latestVersion().singleResult().getId();
        ProcessInstance pi = asClerk(() -> engine.getFormService().submitStartForm(definition,
                Map.of(IntakeProcess.PASTED, FormVariables.json(Map.of("text", text)))));
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private JsonNode issued(String processInstance) {
        long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstance).variableName("directiveId").singleResult().getValue();
        return api.as(CLERK).get("/api/directives/" + id).json();
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
