package vn.giaoviec.security;

import java.io.IOException;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A user logged in to Tasklist is logged in to /api too, for the scripts of the Tasklist page (our
 * plugin attaches files to a task through /api): Camunda keeps its login in the same HTTP session.
 * Writing requests still need the session's CSRF token ({@code GET /api/session} gives it).
 */
class TasklistSession extends OncePerRequestFilter {

    private final CamundaIdentityAuthenticationProvider users;

    TasklistSession(CamundaIdentityAuthenticationProvider users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null
                && request.getHeader("Authorization") == null
                && AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine("default")
                instanceof UserAuthentication camunda) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(users.authenticated(camunda.getIdentityId()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
