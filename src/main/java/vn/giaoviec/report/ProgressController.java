package vn.giaoviec.report;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.security.Access;
import vn.giaoviec.security.AppUser;
import vn.giaoviec.security.Viewer;
import vn.giaoviec.web.ApiException;

@RestController
class ProgressController {

    private final DirectiveRepository directives;
    private final ProgressService progress;
    private final Access access;

    ProgressController(DirectiveRepository directives, ProgressService progress, Access access) {
        this.directives = directives;
        this.progress = progress;
        this.access = access;
    }

    @GetMapping("/api/directives/{id}/progress")
    Progress progress(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        Viewer viewer = access.viewer(user);
        boolean all = access.requireSees(viewer, d);
        return progress.progress(d, viewer, all);
    }
}
