package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentViews;
import vn.giaoviec.directive.assignment.Attachments;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.EngineActions;

/** Extension (asked and decided), reassignment, lateness: the API side of the deadline machinery. */
@RestController
class DeadlineController {

    record ExtensionBody(LocalDate newDeadline, String reason) {
    }

    record ReassignmentBody(String unit, String assignee) {
    }

    record LatenessBody(String note) {
    }

    record RequestView(long id, long assignment, LocalDate currentDeadline, LocalDate newDeadline, String reason,
                       String state, String requestedBy, String processInstanceId) {
        static RequestView of(ExtensionRequest r) {
            return new RequestView(r.id(), r.assignmentId(), r.currentDeadline(), r.newDeadline(), r.reason(),
                    r.state(), r.requestedBy(), r.processInstanceId());
        }
    }

    private final AssignmentRepository assignments;
    private final AssignmentViews views;
    private final DirectiveCache directives;
    private final AssignmentWork work;
    private final ExtensionRequests requests;
    private final EngineActions engine;
    private final Access access;
    private final Attachments attachments;

    DeadlineController(AssignmentRepository assignments, AssignmentViews views, DirectiveCache directives,
                       AssignmentWork work, ExtensionRequests requests, EngineActions engine, Access access,
                       Attachments attachments) {
        this.attachments = attachments;
        this.assignments = assignments;
        this.views = views;
        this.directives = directives;
        this.work = work;
        this.requests = requests;
        this.engine = engine;
        this.access = access;
    }

    @PostMapping("/api/assignments/{id}/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    RequestView requestExtension(@PathVariable long id, @RequestBody ExtensionBody body,
                                 @AuthenticationPrincipal AppUser user) {
        access.requireOwnUnit(user, find(id).unitId(), "ask for more time on assignment " + id);
        return RequestView.of(engine.retrying(() -> {
            Assignment a = find(id);
            var request = requests.request(a, body.newDeadline(), body.reason(), user.id());
            attachments.submitWithExtensionRequest(a);
            return request;
        }));
    }

    /** The issuer's (or monitoring unit's) decision; a pending request is granted through its own task. */
    @PostMapping("/api/assignments/{id}/extension")
    AssignmentViews.Detail extend(@PathVariable long id, @RequestBody ExtensionBody body,
                                  @AuthenticationPrincipal AppUser user) {
        Directive d = directives.of(find(id).directiveId());
        if (!access.covers(user, d.issuerId()) && !access.covers(user, d.monitoringUnitId())) {
            throw ApiException.forbidden("only the issuer (" + d.issuerId() + ") or the monitoring unit ("
                    + d.monitoringUnitId() + ") of directive " + d.number() + " may extend its deadlines");
        }
        ExtensionRequest pending = requests.pending(id).orElse(null);
        if (pending != null && pending.processInstanceId() != null && (user.admin()
                || user.groups().contains(d.issuerId()) || user.groups().contains(d.monitoringUnitId()))) {
            Map<String, Object> form = new HashMap<>();
            form.put("decision", DeadlineProcess.GRANT);
            form.put("grantedDeadline", body.newDeadline() == null ? null : body.newDeadline().toString());
            form.put("comment", body.reason());
            return engine.completeTask(pending.processInstanceId(), DeadlineProcess.DECIDE_EXTENSION,
                    "request " + pending.id() + " is no longer pending", user, form, () -> views.detail(find(id)));
        }
        return engine.retrying(() -> {
            work.extend(find(id), body.newDeadline(), body.reason(), user.id(), null, null);
            return views.detail(find(id));
        });
    }

    @PostMapping("/api/assignments/{id}/reassignment")
    AssignmentViews.Detail reassign(@PathVariable long id, @RequestBody ReassignmentBody body,
                                    @AuthenticationPrincipal AppUser user) {
        requireIssuer(user, find(id), "reassign");
        return engine.retrying(() -> {
            work.reassign(find(id), body.unit(), body.assignee(), user.id(), null);
            return views.detail(find(id));
        });
    }

    @PostMapping("/api/assignments/{id}/lateness")
    AssignmentViews.Detail lateness(@PathVariable long id, @RequestBody LatenessBody body,
                                    @AuthenticationPrincipal AppUser user) {
        requireIssuer(user, find(id), "record the lateness of");
        return engine.retrying(() -> {
            work.recordLateness(find(id), body.note(), user.id(), null);
            return views.detail(find(id));
        });
    }

    private void requireIssuer(AppUser user, Assignment a, String what) {
        Directive d = directives.of(a.directiveId());
        if (!access.covers(user, d.issuerId())) {
            throw ApiException.forbidden("only the issuer of directive " + d.number() + " (" + d.issuerId() + ") may "
                    + what + " assignment " + a.id());
        }
    }

    private Assignment find(long id) {
        return assignments.findById(id).orElseThrow(() -> ApiException.notFound("no assignment " + id));
    }
}
