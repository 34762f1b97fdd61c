package vn.giaoviec.progress;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;

/** {@code GET /api/directives/{id}/audit}: the directive's audit trail, as far as the user may see it. */
@RestController
class AuditController {

    private final DirectiveRepository directives;
    private final AuditView audit;

    AuditController(DirectiveRepository directives, AuditView audit) {
        this.directives = directives;
        this.audit = audit;
    }

    @GetMapping("/api/directives/{id}/audit")
    List<AuditView.Row> audit(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        return audit.of(d, user);
    }
}
