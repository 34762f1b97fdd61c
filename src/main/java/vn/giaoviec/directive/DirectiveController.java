package vn.giaoviec.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentViews;
import vn.giaoviec.directive.assignment.Attachments;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.security.Viewer;

@RestController
class DirectiveController {

    record Issued(long id, String number, String processInstanceId, int assignmentCount, List<String> warnings) {
    }

    record ItemView(String no, String text, List<String> recipients, List<String> coordinators, LocalDate deadline,
                    List<String> recipientNames, String deadlineText, String recurrence) {
    }

    record DirectiveView(long id, String number, String type, String issuer, String monitoringUnit, String place,
                         LocalDate issuedOn, String subject, List<String> legalBases, List<ItemView> items,
                         DirectiveBody.Reporting reporting, DirectiveBody.Signer signer, List<String> cc,
                         Long parentAssignment, String issuerName, List<String> addressees, List<String> ccNames,
                         String state, String processInstanceId, String finalReport,
                         List<AssignmentViews.Summary> assignments, DeadlinePolicy deadlines,
                         boolean requireSignedReport, List<Attachments.View> attachments) {
    }

    private final DirectiveService service;
    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final AssignmentViews views;
    private final Access access;
    private final DeadlineRules deadlines;
    private final UnitRepository units;
    private final Attachments attachments;

    DirectiveController(DirectiveService service, DirectiveRepository directives, AssignmentRepository assignments,
                        AssignmentViews views, Access access, DeadlineRules deadlines, UnitRepository units,
                        Attachments attachments) {
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.units = units;
        this.service = service;
        this.directives = directives;
        this.assignments = assignments;
        this.views = views;
        this.access = access;
    }

    @PostMapping("/api/directives")
    @ResponseStatus(HttpStatus.CREATED)
    Issued register(@RequestBody DirectiveBody body, @AuthenticationPrincipal AppUser user) {
        if (body.issuer() != null && !body.issuer().isBlank()) {
            access.requireOwnUnit(user, body.issuer(), "register directives issued by " + body.issuer());
        } else if (!user.admin()) {
            body = withIssuer(body, user.unitId());
        }
        var registered = service.registerAndIssue(body, user.id());
        Directive d = directives.findById(registered.directive().id()).orElseThrow();
        return new Issued(d.id(), d.number(), d.processInstanceId(), registered.assignmentCount(), registered.warnings());
    }

    @GetMapping("/api/directives/{id}")
    DirectiveView directive(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Viewer viewer = access.viewer(user);
        boolean all = access.requireSees(viewer, d);
        List<Assignment> own = assignments.ofDirective(id);
        // a partial viewer's subtree is a prefix test on the units' paths, read in one query for all of them
        Set<String> covered = all ? Set.of() : units.findByIds(own.stream().map(Assignment::unitId).distinct().toList())
                .stream().filter(viewer::covers).map(Unit::id).collect(Collectors.toSet());
        List<AssignmentViews.Summary> visible = own.stream()
                .filter(a -> all || covered.contains(a.unitId()))
                .map(a -> views.summary(a, d.number()))
                .toList();
        List<ItemView> items = directives.items(id).stream()
                .map(i -> new ItemView(i.no(), i.text(), i.recipients(), i.coordinators(), i.deadline(),
                        i.recipientNames(), i.deadlineText(), i.recurrence()))
                .toList();
        return new DirectiveView(d.id(), d.number(), d.type(), d.issuerId(), d.monitoringUnitId(), d.place(),
                d.issuedOn(), d.subject(), d.legalBases(), items,
                new DirectiveBody.Reporting(d.periodic(), d.finalReportBy()), d.signer(), d.cc(),
                d.parentAssignmentId(), d.issuerName(), d.addressees(), d.ccNames(), d.state(),
                d.processInstanceId(), d.finalReport(), visible, deadlines.policyOf(d.id()), d.requireSignedReport(),
                attachments.ofDirective(d.id()));
    }

    static DirectiveBody withIssuer(DirectiveBody b, String issuer) {
        return new DirectiveBody(b.number(), b.type(), issuer, b.monitoringUnit(), b.place(), b.issuedOn(), b.subject(),
                b.legalBases(), b.items(), b.reporting(), b.signer(), b.cc(), b.parentAssignment(), b.issuerName(),
                b.addressees(), b.ccNames(), b.warnings(), b.deadlines(), b.requireSignedReport());
    }
}
