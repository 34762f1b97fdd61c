package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveProcess;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.documents.Documents;
import vn.giaoviec.documents.Signature;
import vn.giaoviec.documents.StoredDocument;
import vn.giaoviec.documents.Upload;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Time;

/**
 * Files that go with a step: a unit's receiving or report on an assignment (or its request for more
 * time), a monitoring unit's final report on a directive. A unit prepares them while its task is
 * open (Tasklist uploads them one by one; the API takes them with the report); completing the task
 * submits them, a report keeping its own files when it is returned and answered again.
 */
@Component
public class Attachments {

    public enum Step { RECEIVE, REPORT, EXTENSION, FINAL }

    /** The step's directive, assignment (none for a final report) and the unit acting in it. */
    public record Owner(long directiveId, Long assignmentId, Step step, String unitId) {
    }

    public record SignatureView(String signer, String organisation, Instant signedAt, Signature.Status status,
                                String label) {
    }

    /** An attached file as {@code GET /api/assignments/{id}} lists it. */
    public record View(long id, String name, String contentType, long size, String sha256, SignatureView signature,
                       Step step, Long report, boolean submitted, Long assignment, String uploadedBy,
                       Instant uploadedAt) {
    }

    private final AttachmentRepository links;
    private final Documents documents;
    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final TaskService tasks;
    private final RuntimeService runtime;

    Attachments(AttachmentRepository links, Documents documents, AssignmentRepository assignments,
                DirectiveRepository directives, TaskService tasks, RuntimeService runtime) {
        this.links = links;
        this.documents = documents;
        this.assignments = assignments;
        this.directives = directives;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Keeps the files for the step, all or none: each and, with those already prepared, all within the limits. */
    @Transactional
    public List<View> stage(Owner owner, List<Upload> uploads, String by) {
        if (uploads.isEmpty()) {
            throw ApiException.unprocessable("no file was sent (multipart parts named \"files\")");
        }
        List<StoredDocument> kept = documents.store(uploads, links.stagedBytes(owner), by);
        links.insert(owner, kept.stream().map(StoredDocument::id).toList());
        return views(links.staged(owner));
    }

    /** The step an open task takes files for; 404 for a task that is not a unit's receiving, report or final report. */
    public Owner ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ApiException.notFound("no open task " + taskId);
        }
        String key = task.getTaskDefinitionKey();
        if (DirectiveProcess.CONSOLIDATE_FINAL_REPORT.equals(key)) {
            Directive d = directives.findById((Long) runtime.getVariable(task.getProcessInstanceId(),
                    DirectiveProcess.DIRECTIVE_ID)).orElseThrow();
            return new Owner(d.id(), null, Step.FINAL, d.monitoringUnitId());
        }
        Step step = stepOf(key).orElseThrow(() -> ApiException.notFound("task " + taskId + " takes no files"));
        Assignment a = assignments.findById((Long) runtime.getVariable(task.getProcessInstanceId(),
                AssignmentProcess.ASSIGNMENT_ID)).orElseThrow();
        return new Owner(a.directiveId(), a.id(), step, a.unitId());
    }

    /** The step of the assignment's open task; 409 when it waits for neither receiving nor a report. */
    public Owner ofAssignment(Assignment a) {
        Task task = a.processInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(a.processInstanceId()).active().list().stream()
                .filter(t -> stepOf(t.getTaskDefinitionKey()).isPresent()).findFirst().orElse(null);
        if (task == null) {
            throw ApiException.conflict("assignment " + a.id() + " is waiting for no receiving or report to attach files to"
                    + " (it is " + a.state() + ")");
        }
        return new Owner(a.directiveId(), a.id(), stepOf(task.getTaskDefinitionKey()).orElseThrow(), a.unitId());
    }

    /** The prepared files go with the completed step, as what it turned out to be (a report or a request for time). */
    void submit(Assignment a, Step prepared, Step as, Long reportId) {
        links.submit(new Owner(a.directiveId(), a.id(), prepared, a.unitId()), as, reportId, Time.now());
    }

    /** A request for more time made through the API takes the files prepared while the report step was open. */
    public void submitWithExtensionRequest(Assignment a) {
        submit(a, Step.REPORT, Step.EXTENSION, null);
    }

    public void submitFinal(long directiveId) {
        links.submit(new Owner(directiveId, null, Step.FINAL, null), Step.FINAL, null, Time.now());
    }

    /**
     * Refuses the report (422) when the directive asks for a signed PDF and none of the prepared files
     * is one whose signature holds: intact and from a certificate the deployment trusts.
     */
    void requireSignedIfAsked(Assignment a) {
        if (!directives.findById(a.directiveId()).orElseThrow().requireSignedReport()) {
            return;
        }
        List<StoredDocument> files = documents.findAll(links.staged(new Owner(a.directiveId(), a.id(), Step.REPORT,
                a.unitId())).stream().map(AttachmentRepository.Link::documentId).toList());
        if (files.stream().noneMatch(f -> f.signature() != null && f.signature().status() == Signature.Status.VALID)) {
            throw ApiException.unprocessable("this directive asks for a report signed digitally: attach the report as a"
                    + " PDF signed by your unit", files.stream().map(f -> f.name() + ": " + (f.signature() == null
                    ? "chưa ký số" : f.signature().label())).toList());
        }
    }

    public List<View> staged(Owner owner) {
        return views(links.staged(owner));
    }

    public List<View> ofAssignment(long assignmentId) {
        return views(links.ofAssignment(assignmentId));
    }

    /** The directive's own files: those of its final report. */
    public List<View> ofDirective(long directiveId) {
        return views(links.ofDirective(directiveId).stream().filter(l -> l.assignmentId() == null).toList());
    }

    /** Every file of the directive and its assignments, submitted ones only: for the archive. */
    public List<View> submittedOf(long directiveId) {
        return views(links.ofDirective(directiveId).stream().filter(l -> l.submittedAt() != null).toList());
    }

    Optional<AttachmentRepository.Link> link(long documentId) {
        return links.find(documentId);
    }

    /** Takes back a file not yet submitted; 409 once its step is done. */
    @Transactional
    public void remove(long documentId) {
        AttachmentRepository.Link link = links.find(documentId)
                .orElseThrow(() -> ApiException.notFound("no file " + documentId));
        if (link.submittedAt() != null) {
            throw ApiException.conflict("file " + documentId + " went with a completed step and stays on record");
        }
        links.delete(documentId);
        documents.delete(documentId);
    }

    private static Optional<Step> stepOf(String taskKey) {
        return AssignmentProcess.RECEIVE.equals(taskKey) ? Optional.of(Step.RECEIVE)
                : AssignmentProcess.SUBMIT_REPORT.equals(taskKey) ? Optional.of(Step.REPORT) : Optional.empty();
    }

    private List<View> views(List<AttachmentRepository.Link> list) {
        Map<Long, StoredDocument> files = documents.findAll(list.stream().map(AttachmentRepository.Link::documentId)
                .toList()).stream().collect(Collectors.toMap(StoredDocument::id, Function.identity()));
        return list.stream().map(l -> view(files.get(l.documentId()), l)).toList();
    }

    private static View view(StoredDocument f, AttachmentRepository.Link l) {
        Signature s = f.signature();
        return new View(f.id(), f.name(), f.contentType(), f.size(), f.sha256(), s == null ? null
                : new SignatureView(s.signer(), s.organisation(), s.signedAt(), s.status(), s.label()),
                l.step(), l.reportId(), l.submittedAt() != null, l.assignmentId(), f.uploadedBy(), f.uploadedAt());
    }
}
