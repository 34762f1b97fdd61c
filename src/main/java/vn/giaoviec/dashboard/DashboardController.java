package vn.giaoviec.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.progress.Progress;
import vn.giaoviec.progress.ProgressService;
import vn.giaoviec.progress.AuditView;

/** The leaders' dashboard, rendered on the server: the directives of my unit, and one directive's progress. */
@Controller
class DashboardController {

    /** Who is logged in, for the page header. */
    record Me(String id, String name, String unitName, boolean admin) {
    }

    /** A parent directive this one implements, for the link back up: a link only for those who may open it. */
    record Parent(long id, String number, boolean visible) {
    }

    /** A line of the cascade tree, with the figures of everything below it for when it is folded. */
    record TreeNode(Progress.Node node, int below, int overdueBelow, List<TreeNode> children) {
        static TreeNode of(Progress.Node node) {
            List<TreeNode> children = node.children().stream().map(TreeNode::of).toList();
            int below = children.stream().mapToInt(c -> 1 + c.below()).sum();
            int overdue = children.stream()
                    .mapToInt(c -> (c.node().status() == AssignmentStatus.OVERDUE ? 1 : 0) + c.overdueBelow()).sum();
            return new TreeNode(node, below, overdue, children);
        }
    }

    /** A cascade's figures over every level. */
    record Cascade(int total, int overdue, int levels) {
    }

    private final DashboardListing listing;
    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final ProgressService progress;
    private final Access access;
    private final AuditView audit;

    DashboardController(DashboardListing listing, DirectiveRepository directives, AssignmentRepository assignments,
                        UnitRepository units, ProgressService progress, Access access, AuditView audit) {
        this.audit = audit;
        this.listing = listing;
        this.directives = directives;
        this.assignments = assignments;
        this.units = units;
        this.progress = progress;
        this.access = access;
    }

    @ModelAttribute("me")
    Me me(@AuthenticationPrincipal AppUser user) {
        if (user == null) {
            return null;
        }
        var person = units.person(user.id());
        String unitName = user.unitId() == null ? null : units.findById(user.unitId()).map(Unit::name).orElse(null);
        return new Me(user.id(), person.map(p -> p.name()).orElse(user.id()), unitName, user.admin());
    }

    @GetMapping("/dashboard")
    String list(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("listing", listing.page(access.viewer(user), page));
        model.addAttribute("circumference", StatusChart.circumference());
        return "dashboard/list";
    }

    @GetMapping("/dashboard/directives/{id}")
    String directive(@PathVariable long id, @AuthenticationPrincipal AppUser user, Model model) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Progress p = progress.progressFor(d, user);
        Map<String, Unit> named = units.findByIds(List.of(d.issuerId(), d.monitoringUnitId())).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Progress.Overdue> overdue = new ArrayList<>(p.overdue());
        overdue.addAll(p.overdueInCascades());
        overdue.sort(Comparator.comparingLong(Progress.Overdue::daysLate).reversed()
                .thenComparing(Progress.Overdue::unitName));

        model.addAttribute("d", d);
        model.addAttribute("issuerName", name(named, d.issuerId()));
        model.addAttribute("monitorName", name(named, d.monitoringUnitId()));
        model.addAttribute("parent", parent(d, user));
        model.addAttribute("progress", p);
        model.addAttribute("segments", StatusChart.of(p.byStatus()));
        model.addAttribute("circumference", StatusChart.circumference());
        model.addAttribute("cascade", cascade(p.tree()));
        model.addAttribute("tree", TreeNode.of(p.tree()));
        model.addAttribute("overdue", overdue);
        model.addAttribute("excelUrl", "/api/directives/" + d.id() + "/report.xlsx");
        model.addAttribute("wordUrl", "/api/directives/" + d.id() + "/report.docx");
        model.addAttribute("dossierUrl", "/api/directives/" + d.id() + "/dossier.zip");
        model.addAttribute("cockpitUrl", d.processInstanceId() == null ? null
                : "/camunda/app/cockpit/default/#/process-instance/" + d.processInstanceId());
        return "dashboard/directive";
    }

    /** Nhật ký: the directive's audit trail as the user may see it. */
    @GetMapping("/dashboard/directives/{id}/audit")
    String audit(@PathVariable long id, @AuthenticationPrincipal AppUser user, Model model) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        model.addAttribute("d", d);
        model.addAttribute("rows", audit.of(d, user));
        model.addAttribute("actions", AuditView.ACTIONS);
        model.addAttribute("doors", AuditView.DOORS);
        return "dashboard/audit";
    }

    private Parent parent(Directive d, AppUser user) {
        if (d.parentAssignmentId() == null) {
            return null;
        }
        return assignments.findById(d.parentAssignmentId())
                .flatMap(a -> directives.findById(a.directiveId()))
                .map(parent -> new Parent(parent.id(), parent.number(), access.sees(user, parent)))
                .orElse(null);
    }

    private static Cascade cascade(Progress.Node root) {
        int[] figures = new int[3];
        walk(root, 0, figures);
        return new Cascade(figures[0], figures[1], figures[2]);
    }

    private static void walk(Progress.Node node, int depth, int[] figures) {
        for (Progress.Node child : node.children()) {
            figures[0]++;
            figures[1] += child.status() == AssignmentStatus.OVERDUE ? 1 : 0;
            figures[2] = Math.max(figures[2], depth + 1);
            walk(child, depth + 1, figures);
        }
    }

    private static String name(Map<String, Unit> units, String id) {
        Unit u = units.get(id);
        return u == null ? id : u.name();
    }
}
