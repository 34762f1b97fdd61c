package vn.giaoviec.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** What a process owner deploys from Camunda Modeler, and how Modeler sends it. */
final class OwnerDeployments {

    static final String OWNER = "quy-trinh.owner";
    static final String APPROVAL = "UserTask_HeadApproval";

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
        return shipped("assignment.bpmn")
                .replace("<bpmn:sequenceFlow id=\"Flow_ToReview\" name=\"Nộp báo cáo\" sourceRef=\"Gateway_ReportOrExtension\" "
                                + "targetRef=\"UserTask_ReviewReport\">",
                        "<bpmn:userTask id=\"" + APPROVAL + "\" name=\"Thủ trưởng duyệt báo cáo\" "
                                + "camunda:candidateGroups=\"${assignmentTasks.unitOf(assignmentId)}\" "
                                + "camunda:assignee=\"${assignmentTasks.headOf(assignmentId)}\" />\n"
                                + "<bpmn:sequenceFlow id=\"Flow_ApprovedToReview\" sourceRef=\"" + APPROVAL
                                + "\" targetRef=\"UserTask_ReviewReport\" />\n"
                                + "<bpmn:sequenceFlow id=\"Flow_ToReview\" name=\"Nộp báo cáo\" "
                                + "sourceRef=\"Gateway_ReportOrExtension\" targetRef=\"" + APPROVAL + "\">");
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
