package vn.giaoviec.progress;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;

@RestController
class ProgressController {

    private final DirectiveRepository directives;
    private final ProgressService progress;

    ProgressController(DirectiveRepository directives, ProgressService progress) {
        this.directives = directives;
        this.progress = progress;
    }

    @GetMapping("/api/directives/{id}/progress")
    Progress progress(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        return progress.progressFor(d, user);
    }
}
