package vn.giaoviec.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a process owner deploys from Camunda Modeler, and how Modeler sends it. */
final class OwnerDeployments {

    static final String OWNER = "quy-trinh.owner";
    static final String APPROVAL = "UserTask_HeadApproval";

    private static final Path TEMPLATES = Path.of("element-templates");
    private static final String TO_REVIEW = "<bpmn:sequenceFlow id=\"Flow_ToReview\" name=\"Nộp báo cáo\" "
            + "sourceRef=\"Gateway_ReportOrExtension\" targetRef=\"UserTask_ReviewReport\">";
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnerDeployments() {
    }

    /** The shipped diagram of a process, as the owner opens it in Modeler. */
    static String shipped(String file) {
        try (InputStream in = OwnerDeployments.class.getResourceAsStream("/bpmn/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** assignment.bpmn with a step added where a process owner would: the unit's head approves the report first. */
    static String withHeadApproval() {
        return beforeReview("<bpmn:userTask id=\"" + APPROVAL + "\" name=\"Thủ trưởng duyệt báo cáo\" "
                + "camunda:candidateGroups=\"${assignmentTasks.unitOf(assignmentId)}\" "
                + "camunda:assignee=\"${assignmentTasks.headOf(assignmentId)}\" />\n");
    }

    /**
     * The shipped assignment.bpmn with steps (whole elements, each with its id) chained between the
     * report and its review, as an owner would draw them on the flow "Nộp báo cáo".
     */
    static String beforeReview(String... steps) {
        List<String> ids = new ArrayList<>();
        for (String step : steps) {
            Matcher id = ID.matcher(step);
            if (!id.find()) {
                throw new IllegalArgumentException("a step without id: " + step);
            }
            ids.add(id.group(1));
        }
        ids.add("UserTask_ReviewReport");
        StringBuilder added = new StringBuilder(String.join("", steps));
        for (int i = 0; i + 1 < ids.size(); i++) {
            added.append("<bpmn:sequenceFlow id=\"Flow_AddedStep").append(i + 1).append("\" sourceRef=\"")
                    .append(ids.get(i)).append("\" targetRef=\"").append(ids.get(i + 1)).append("\" />\n");
        }
        return shipped("assignment.bpmn").replace(TO_REVIEW, added + TO_REVIEW.replace(
                "targetRef=\"UserTask_ReviewReport\"", "targetRef=\"" + ids.get(0) + "\""));
    }

    /**
     * The element a process owner gets from the template: every binding written where it says, a
     * visible property's default value unless the owner typed another.
     */
    static String applied(String file, String element, String id, Map<String, String> typed) throws IOException {
        JsonNode template = JSON.readTree(Files.readAllBytes(TEMPLATES.resolve(file))).get(0);
        StringBuilder attributes = new StringBuilder();
        StringBuilder inputs = new StringBuilder();
        for (JsonNode property : template.get("properties")) {
            JsonNode binding = property.get("binding");
            String name = binding.get("name").asText();
            String value = typed.getOrDefault(name, property.path("value").asText());
            switch (binding.get("type").asText()) {
                case "property" -> attributes.append(' ').append(name).append("=\"").append(value).append('"');
                case "camunda:inputParameter" -> inputs.append("<camunda:inputParameter name=\"").append(name).append("\">")
                        .append(value).append("</camunda:inputParameter>");
                default -> throw new AssertionError("binding the test cannot apply: " + binding);
            }
        }
        return "<" + element + " id=\"" + id + "\"" + attributes + ">"
                + (inputs.isEmpty() ? "" : "<bpmn:extensionElements><camunda:inputOutput>" + inputs
                + "</camunda:inputOutput></bpmn:extensionElements>")
                + "</" + element + ">\n";
    }

    /** Modeler's deploy dialog: one file, a deployment name, the owner's login. */
    static ResponseEntity<String> deploy(TestRestTemplate rest, String user, String password, String diagram) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "Thêm bước thủ trưởng duyệt");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "assignment.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, password)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }
}
