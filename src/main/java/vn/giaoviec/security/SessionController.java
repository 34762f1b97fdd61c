package vn.giaoviec.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.kernel.AppUser;

/**
 * {@code GET /api/session}: who is logged in and the token a script of our pages or of Tasklist sends
 * with each writing request. Another site cannot read this answer, so it cannot forge the request.
 */
@RestController
class SessionController {

    record Session(String user, String unit, String csrfHeader, String csrfToken) {
    }

    @GetMapping("/api/session")
    Session session(@AuthenticationPrincipal AppUser user, CsrfToken csrf) {
        return new Session(user.id(), user.unitId(), csrf.getHeaderName(), csrf.getToken());
    }
}
