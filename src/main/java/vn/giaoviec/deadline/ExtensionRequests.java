package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/**
 * Xin gia hạn: a unit asks (API, or the choice on its report task), the issuer's head or the
 * monitoring unit decides in Tasklist (bpmn/extension-request.bpmn); a grant goes through
 * {@link DeadlineDecisions#extend}, exactly like an extension decided directly.
 */
@Component("extensionRequests")
public class ExtensionRequests {

    private final ExtensionRequestRepository requests;
    private final AssignmentRepository assignments;
    private final AssignmentWork work;
    private final DirectiveCache directives;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final RuntimeService runtime;
    private final UnitRepository units;
    private final AuditLog audit;

    ExtensionRequests(ExtensionRequestRepository requests, AssignmentRepository assignments, AssignmentWork work,
                      DirectiveCache directives, Deadlines deadlines, Notifier notifier, RuntimeService runtime, UnitRepository units, AuditLog audit) {
        this.audit = audit;
        this.units = units;
        this.requests = requests;
        this.assignments = assignments;
        this.work = work;
        this.directives = directives;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.runtime = runtime;
    }

    // --- lookups for bpmn/extension-request.bpmn ---

    /** The monitoring unit and the issuer (whose head decides) may decide. */
    public String decidersOf(long requestId) {
        Directive d = directives.of(assignment(request(requestId)).directiveId());
        Set<String> groups = new LinkedHashSet<>(List.of(d.monitoringUnitId(), d.issuerId()));
        return String.join(",", groups);
    }

    /** The monitoring unit's focal person takes the request without claiming it; the issuer's people may too. */
    public String deciderFocalOf(long requestId) {
        return units.focalOf(directives.of(assignment(request(requestId)).directiveId()).monitoringUnitId());
    }

    public Date dueOf(long requestId) {
        return deadlines.decisionDue();
    }

    // ---

    ExtensionRequest request(Assignment a, LocalDate newDeadline, String reason, String actor) {
        AssignmentWork.requireWorkOpen(a);
        if (a.deadline() == null) {
            throw ApiException.unprocessable("assignment " + a.id() + " has no deadline to extend");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.unprocessable("a request for more time needs its reason");
        }
        TextLimits.require("reason", reason, TextLimits.REASON);
        Decisions.requireLater(newDeadline, a.currentDue());
        requests.pending(a.id()).ifPresent(r -> {
            throw ApiException.conflict("assignment " + a.id() + " already has a pending request for more time (request "
                    + r.id() + ", to " + r.newDeadline() + ")");
        });
        long id = requests.insert(a.id(), actor, Time.now(), a.currentDue(), newDeadline, reason.trim());
        audit.record("EXTENSION_ASKED", a.directiveId(), a.id(), Time.text(a.currentDue()) + " → "
                + Time.text(newDeadline) + ": " + reason.trim());
        String pid = runtime.startProcessInstanceByKey(DeadlineProcess.EXTENSION_REQUEST,
                directives.of(a.directiveId()).number(), Map.of(DeadlineProcess.EXTENSION_REQUEST_ID, id)).getId();
        requests.setProcessInstance(id, pid);
        return requests.findById(id).orElseThrow();
    }

    /** The decision on the request's task (Tasklist, or the API's extension on a pending request). */
    void decide(ExtensionRequest r, String decision, LocalDate granted, String comment, String actor) {
        if (!ExtensionRequest.PENDING.equals(r.state())) {
            throw ApiException.conflict("request " + r.id() + " is " + r.state());
        }
        Assignment a = assignment(r);
        if (DeadlineProcess.GRANT.equals(decision)) {
            LocalDate date = granted != null ? granted : r.newDeadline();
            work.extend(a, date, r.reason(), actor, r.id(), null);
            requests.decided(r.id(), ExtensionRequest.GRANTED, actor, Time.now(), date, comment);
        } else if (DeadlineProcess.REFUSE.equals(decision)) {
            if (comment == null || comment.isBlank()) {
                throw ApiException.unprocessable("a refusal needs a comment saying why");
            }
            TextLimits.require("comment", comment, TextLimits.REASON);
            requests.decided(r.id(), ExtensionRequest.REFUSED, actor, Time.now(), null, comment.trim());
            audit.record("EXTENSION_REFUSED", a.directiveId(), a.id(), "Đề nghị đến " + Time.text(r.newDeadline()) + ": "
                    + comment.trim());
            String subject = work.subject(a);
            notifier.notify(a.id(), null, EscalationRepository.EXTENSION_REFUSED, notifier.contactsOf(a.unitId()),
                    "Không đồng ý gia hạn đến " + Time.text(r.newDeadline()) + ": " + comment.trim(),
                    "[Không gia hạn] " + subject,
                    "Đề nghị gia hạn " + subject + " đến " + Time.text(r.newDeadline())
                            + " không được chấp thuận: " + comment.trim() + ".\nThời hạn vẫn là "
                            + Time.text(a.currentDue()) + ".");
        } else {
            throw ApiException.unprocessable("decision must be GRANT or REFUSE: " + decision);
        }
    }

    java.util.Optional<ExtensionRequest> pending(long assignmentId) {
        return requests.pending(assignmentId);
    }

    ExtensionRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new IllegalStateException("no extension request " + id));
    }

    Assignment assignment(ExtensionRequest r) {
        return assignments.findById(r.assignmentId()).orElseThrow();
    }
}
