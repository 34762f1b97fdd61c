package vn.giaoviec.directive.assignment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.EngineActions;
import vn.giaoviec.documents.Upload;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/** Receive, report, review: each completes the same Camunda user task a Tasklist user would. */
@RestController
class AssignmentController {

    record ReceiveRequest(String mode, String assignee, DirectiveBody directive) {
    }

    record ReviewRequest(String decision, String comment) {
    }

    record ChildDirective(long id, String number) {
    }

    record ReceiveResponse(@JsonUnwrapped AssignmentViews.Detail assignment, ChildDirective childDirective) {
    }

    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final AssignmentViews views;
    private final AssignmentTasks roles;
    private final EngineActions engine;
    private final Access access;
    private final Attachments attachments;
    private final ObjectMapper json;

    AssignmentController(AssignmentRepository assignments, DirectiveRepository directives, UnitRepository units,
                         AssignmentViews views, AssignmentTasks roles, EngineActions engine, Access access,
                         Attachments attachments, ObjectMapper json) {
        this.attachments = attachments;
        this.json = json;
        this.assignments = assignments;
        this.directives = directives;
        this.units = units;
        this.views = views;
        this.roles = roles;
        this.engine = engine;
        this.access = access;
    }

    @GetMapping("/api/assignments/{id}")
    AssignmentViews.Detail assignment(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Assignment a = find(id);
        access.requireSees(user, a);
        return views.detail(a);
    }

    @GetMapping("/api/units/{unitId}/assignments")
    List<AssignmentViews.Summary> ofUnit(@PathVariable String unitId, @RequestParam(required = false) String status,
                                         @AuthenticationPrincipal AppUser user) {
        units.findById(unitId).orElseThrow(() -> ApiException.notFound("unknown unit: " + unitId));
        if (!access.covers(user, unitId)) {
            throw ApiException.forbidden("unit " + unitId + " is outside your unit");
        }
        Set<AssignmentStatus> wanted = statuses(status);
        Map<Long, String> numbers = new HashMap<>();
        return assignments.ofUnit(unitId).stream()
                .filter(a -> wanted.isEmpty() || wanted.contains(AssignmentStatus.of(a, Time.today())))
                .map(a -> views.summary(a, numbers.computeIfAbsent(a.directiveId(),
                        d -> directives.findById(d).map(Directive::number).orElse(null))))
                .toList();
    }

    @PostMapping("/api/assignments/{id}/receive")
    ReceiveResponse receive(@PathVariable long id, @RequestBody ReceiveRequest body, @AuthenticationPrincipal AppUser user) {
        Assignment a = find(id);
        access.requireOwnUnit(user, a.unitId(), "receive assignment " + id);
        Map<String, Object> form = new HashMap<>();
        form.put("mode", body.mode());
        form.put("assignee", body.assignee());
        form.put("childDirective", body.directive() == null ? null : FormVariables.json(body.directive()));
        return engine.completeTask(a.processInstanceId(), AssignmentProcess.RECEIVE,
                "assignment " + id + " is not waiting to be received (it is " + state(a) + ")", user, form, () -> {
                    Assignment after = find(id);
                    ChildDirective child = after.childDirectiveId() == null ? null : new ChildDirective(
                            after.childDirectiveId(), directives.findById(after.childDirectiveId()).orElseThrow().number());
                    return new ReceiveResponse(views.detail(after), child);
                });
    }

    /**
     * The state a refusal names. A client that acts on an assignment the moment its directive is issued
     * may come before the unit's task exists: issuing runs in the background and takes seconds.
     */
    private static String state(Assignment a) {
        return Assignment.ISSUED.equals(a.state()) ? a.state() + ": its task is still being created, try again in a few seconds"
                : a.state();
    }

    @PostMapping(path = "/api/assignments/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssignmentViews.Detail report(@PathVariable long id, @RequestBody ReportBody body, @AuthenticationPrincipal AppUser user) {
        Assignment a = find(id);
        access.requireOwnUnit(user, a.unitId(), "report on assignment " + id);
        return submitReport(a, body, user);
    }

    /**
     * The report with its evidence: part {@code report} the JSON body, parts {@code files} the files.
     * The files are kept first; if the report is then refused, they are taken back.
     */
    @PostMapping(path = "/api/assignments/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentViews.Detail reportWithFiles(@PathVariable long id, @RequestPart("report") String report,
                                           @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                           @AuthenticationPrincipal AppUser user) {
        ReportBody body = reportPart(report);
        Assignment a = find(id);
        access.requireOwnUnit(user, a.unitId(), "report on assignment " + id);
        List<Upload> uploads = AttachmentController.uploads(files);
        if (uploads.isEmpty()) {
            return submitReport(a, body, user);
        }
        Attachments.Owner owner = attachments.ofAssignment(a);
        if (owner.step() != Attachments.Step.REPORT) {
            throw ApiException.conflict("assignment " + id + " is not waiting for a report (it is " + state(a) + ")");
        }
        List<Long> kept = attachments.stage(owner, uploads, user.id()).stream().map(Attachments.View::id).toList();
        try {
            return submitReport(a, body, user);
        } catch (RuntimeException e) {
            kept.forEach(attachments::remove);
            throw e;
        }
    }

    /** The part is read as JSON whatever content type the client gave it (curl -F sends none). */
    private ReportBody reportPart(String report) {
        try {
            return json.readValue(report, ReportBody.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("part report is not a report in JSON: " + e.getOriginalMessage());
        }
    }

    private AssignmentViews.Detail submitReport(Assignment a, ReportBody body, AppUser user) {
        long id = a.id();
        Map<String, Object> form = new HashMap<>();
        form.put("reportItems", FormVariables.json(body.items() == null ? List.of() : body.items()));
        form.put("difficulties", body.difficulties());
        form.put("proposals", body.proposals());
        return engine.completeTask(a.processInstanceId(), AssignmentProcess.SUBMIT_REPORT,
                "assignment " + id + " is not waiting for a report (it is " + state(a) + ")", user, form,
                () -> views.detail(find(id)));
    }

    @PostMapping("/api/assignments/{id}/review")
    AssignmentViews.Detail review(@PathVariable long id, @RequestBody ReviewRequest body, @AuthenticationPrincipal AppUser user) {
        Assignment a = find(id);
        access.requireOwnUnit(user, roles.reviewer(a), "review assignment " + id);
        Map<String, Object> form = new HashMap<>();
        form.put("decision", body.decision());
        form.put("comment", body.comment());
        return engine.completeTask(a.processInstanceId(), AssignmentProcess.REVIEW_REPORT,
                "assignment " + id + " has no report awaiting review (it is " + a.state() + ")", user, form,
                () -> views.detail(find(id)));
    }

    private Assignment find(long id) {
        return assignments.findById(id).orElseThrow(() -> ApiException.notFound("no assignment " + id));
    }

    private static Set<AssignmentStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(text.split(",")).map(String::trim).map(AssignmentStatus::valueOf)
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be among " + Arrays.toString(AssignmentStatus.values()) + ": " + text);
        }
    }
}
