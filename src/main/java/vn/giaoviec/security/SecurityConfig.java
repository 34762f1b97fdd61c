package vn.giaoviec.security;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three doors. The Camunda webapps and {@code /engine-rest} keep their own authentication and pass
 * through untouched; {@code /api} takes HTTP Basic, the dashboard's session or Tasklist's; the dashboard has a
 * login form.
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http) throws Exception {
        // explicit path matchers: these paths are served by the webapps' and Jersey's servlets, not by Spring MVC
        var path = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(path.matcher("/camunda/**"), path.matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                .addFilterBefore(new TasklistSession(users), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(jsonEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(jsonEntryPoint()).accessDeniedHandler(jsonDenied()))
                // only the dashboard's session can be forged cross-site: a request that carries no session
                // (a Basic-authenticated client, or nobody, who then gets the 401) has no token to check
                .csrf(c -> c.requireCsrfProtectionMatcher(request -> request.getHeader("Authorization") == null
                        && request.getRequestedSessionId() != null
                        && !HttpMethod.GET.matches(request.getMethod())
                        && !HttpMethod.HEAD.matches(request.getMethod())))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::ourHeaders)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/dashboard").permitAll())
                .httpBasic(b -> {
                })
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfig::ourHeaders)
                .build();
    }

    /**
     * Our pages and /api: no script at all (the pages are rendered on the server), styles and pictures
     * from here only, never framed, no MIME sniffing, the referrer kept to this site. Camunda's webapps
     * keep the headers they set themselves.
     */
    private static void ourHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self';"
                        + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
                        + " form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults());
    }

    /** Process variables are not changed by hand, through either of the engine's doors (see the guard). */
    @Bean
    FilterRegistrationBean<EngineVariableGuard> engineVariableGuard(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new EngineVariableGuard(identity));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-variable-guard");
        return registration;
    }

    /** {@code /engine-rest} is open by default: guard it with Camunda's own Basic filter. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        // before the filters that act as the caller (kernel's ShownFormDataFilter)
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    private static AuthenticationEntryPoint jsonEntryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"giaoviec\", charset=\"UTF-8\"");
            writeError(response, 401, "authentication required: log in with your Camunda user (HTTP Basic)");
        };
    }

    private static AccessDeniedHandler jsonDenied() {
        return (request, response, e) -> writeError(response, 403, "forbidden: " + e.getMessage());
    }

    private static void writeError(jakarta.servlet.http.HttpServletResponse response, int status, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + message.replace("\"", "'") + "\",\"details\":[]}");
    }
}
