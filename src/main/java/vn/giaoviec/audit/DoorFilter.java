package vn.giaoviec.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells the audit trail which door a request came through, and records the logins the Camunda
 * webapps and /engine-rest refuse (ours, /api and the dashboard, are Spring Security's events: see
 * {@link LoginFailures}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DoorFilter extends OncePerRequestFilter {

    private final AuditLog audit;

    DoorFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Door door = Door.of(path);
        Door.set(door);
        try {
            chain.doFilter(request, response);
        } finally {
            Door.clear();
        }
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED || response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            String user = door == Door.ENGINE_REST && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
                    ? basicUser(request)
                    : HttpMethod.POST.matches(request.getMethod()) && path.matches("/camunda/api/admin/auth/user/[^/]+/login/.*")
                    ? request.getParameter("username") : null;
            if (user != null) {
                audit.loginFailed(user, door);
            }
        }
    }

    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.substring(0, Math.max(0, decoded.indexOf(':')));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
