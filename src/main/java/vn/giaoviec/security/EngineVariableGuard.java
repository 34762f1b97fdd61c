package vn.giaoviec.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.giaoviec.kernel.AppUser;

/**
 * Process variables hold the ids our listeners act on (assignmentId, directiveId, ...): nobody sets
 * them by hand. The engine's endpoints that change a process instance's or a task's variables outside
 * a task's own form are refused (403) — through Camunda's webapps for everyone, through /engine-rest
 * for all but administrators. Completing a task keeps its own door: the listeners check what arrives.
 */
class EngineVariableGuard extends OncePerRequestFilter {

    private static final Pattern CHANGES_VARIABLES = Pattern.compile(
            ".*/(process-instance|execution|task|case-instance|case-execution)/[^/]+/variables(/.*)?");

    private final IdentityService identity;

    EngineVariableGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean changes = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
                && CHANGES_VARIABLES.matcher(request.getRequestURI()).matches();
        if (changes && !(request.getRequestURI().startsWith("/engine-rest/") && admin(request))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"process variables hold the"
                    + " ids giaoviec acts on and are not changed by hand; submit the task's form instead\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The Basic user is an administrator (Camunda's own filter checks the password afterwards). */
    private boolean admin(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            String user = decoded.substring(0, Math.max(0, decoded.indexOf(':')));
            return identity.createGroupQuery().groupMember(user).groupId(AppUser.ADMIN_GROUP).count() > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
