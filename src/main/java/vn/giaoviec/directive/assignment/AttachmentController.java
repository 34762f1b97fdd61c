package vn.giaoviec.directive.assignment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.documents.Documents;
import vn.giaoviec.documents.StoredDocument;
import vn.giaoviec.documents.Upload;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;

/**
 * Files of a step: prepared while its task is open (the API, or Tasklist through our plugin, by the
 * task's id), taken back before it is done, fetched by whoever may see the assignment or directive.
 */
@RestController
class AttachmentController {

    /** What Tasklist's file field needs for an open task. */
    record TaskFiles(Attachments.Step step, List<Attachments.View> files, long maxFileSize, String draft) {
    }

    private final Attachments attachments;
    private final Documents documents;
    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final Access access;

    AttachmentController(Attachments attachments, Documents documents, AssignmentRepository assignments,
                         DirectiveRepository directives, Access access) {
        this.attachments = attachments;
        this.documents = documents;
        this.assignments = assignments;
        this.directives = directives;
        this.access = access;
    }

    @PostMapping(path = "/api/assignments/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Attachments.View> prepare(@PathVariable long id, @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                   @AuthenticationPrincipal AppUser user) {
        Assignment a = assignments.findById(id).orElseThrow(() -> ApiException.notFound("no assignment " + id));
        access.requireOwnUnit(user, a.unitId(), "attach files to assignment " + id);
        return attachments.stage(attachments.ofAssignment(a), uploads(files), user.id());
    }

    @GetMapping("/api/tasks/{taskId}/attachments")
    TaskFiles ofTask(@PathVariable String taskId, @AuthenticationPrincipal AppUser user) {
        Attachments.Owner owner = ownTask(taskId, user);
        return new TaskFiles(owner.step(), attachments.staged(owner), documents.maxFileSize(),
                owner.step() == Attachments.Step.FINAL ? "/api/directives/" + owner.directiveId() + "/report.docx" : null);
    }

    @PostMapping(path = "/api/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Attachments.View> prepareForTask(@PathVariable String taskId,
                                          @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                          @AuthenticationPrincipal AppUser user) {
        return attachments.stage(ownTask(taskId, user), uploads(files), user.id());
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        AttachmentRepository.Link link = attachments.link(id).orElseThrow(() -> ApiException.notFound("no file " + id));
        requireSees(user, link);
        StoredDocument f = documents.find(id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .contentLength(f.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + f.sha256() + "\"")
                .body(new InputStreamResource(documents.open(id)));
    }

    @DeleteMapping("/api/attachments/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        AttachmentRepository.Link link = attachments.link(id).orElseThrow(() -> ApiException.notFound("no file " + id));
        requireSees(user, link);
        access.requireOwnUnit(user, actingUnit(link), "take back file " + id);
        attachments.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** A submitted file is seen with its assignment or directive; one still being prepared only by its own unit. */
    private void requireSees(AppUser user, AttachmentRepository.Link link) {
        if (link.assignmentId() != null) {
            access.requireSees(user, assignments.findById(link.assignmentId()).orElseThrow());
        } else {
            access.requireSees(user, directives.findById(link.directiveId()).orElseThrow());
        }
        if (link.submittedAt() == null && !user.admin() && !actingUnit(link).equals(user.unitId())) {
            throw ApiException.forbidden("file " + link.documentId() + " is still being prepared by unit " + actingUnit(link));
        }
    }

    private String actingUnit(AttachmentRepository.Link link) {
        return link.assignmentId() != null ? assignments.findById(link.assignmentId()).orElseThrow().unitId()
                : directives.findById(link.directiveId()).orElseThrow().monitoringUnitId();
    }

    private Attachments.Owner ownTask(String taskId, AppUser user) {
        Attachments.Owner owner = attachments.ofTask(taskId);
        access.requireOwnUnit(user, owner.unitId(), "attach files to task " + taskId);
        return owner;
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                // a browser sends an unnamed empty part for a file field left empty
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f)).toList();
    }
}
