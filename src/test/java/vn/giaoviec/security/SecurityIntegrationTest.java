package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Jobs;

@IntegrationTest
class SecurityIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    Jobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Value("${giaoviec.org.user-password}")
    String password;

    @Test
    void theApiAndTheEngineRestApiNeedALogin() {
        var api = rest.getForEntity("/api/units", String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(api.getBody()).contains("\"error\"");
        var engine = rest.getForEntity("/engine-rest/task", String.class);
        assertThat(engine.getStatusCode().value()).as(engine.toString()).isEqualTo(401);
        // a wrong password also throttles the user for a few seconds (Camunda's login delay): use a spare user
        int attempts = failedAttempts("so-khcn.head");
        assertThat(rest.withBasicAuth("so-khcn.head", "wrong").getForEntity("/api/units", String.class)
                .getStatusCode().value()).isEqualTo(401);
        // and is counted towards locking the user out, though the check runs in our transaction
        assertThat(failedAttempts("so-khcn.head")).isEqualTo(attempts + 1);
        assertThat(rest.withBasicAuth("so-gddt.focal", password).getForEntity("/api/units", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    private int failedAttempts(String user) {
        return jdbc.sql("select coalesce(ATTEMPTS_, 0) from ACT_ID_USER where ID_ = ?").param(user).query(Integer.class).single();
    }

    @Test
    void ourPagesAndTheApiForbidScriptsFramingAndSniffingWhileTheWebappsKeepTheirOwnHeaders() {
        for (String path : List.of("/api/units", "/dashboard", "/login")) {
            var response = rest.withBasicAuth("so-gddt.focal", password).getForEntity(path, String.class);
            HttpHeaders headers = response.getHeaders();
            String csp = headers.getFirst("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                    .as(path + ": no inline script").doesNotContain("unsafe");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        // the dashboard's session cookie: not readable by scripts, not sent by other sites' forms
        var login = rest.getForEntity("/login", String.class);
        String cookie = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        // Tasklist keeps its own policy (Camunda's), which its scripts need
        assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders().getFirst("Content-Security-Policy"))
                .doesNotContain("script-src 'self';");
    }

    @Test
    void aSchoolSeesOnlyItsOwnTasksThroughTheEngineRestApi() {
        var issued = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "301/SGDĐT-VP",
                "issuer", "so-gddt", "issuedOn", "2025-11-20", "subject", "V/v kiểm tra quyền",
                "items", List.of(Map.of("no", "1", "recipients", List.of("truong@ubnd-tp"), "deadline", "2099-12-31"))));
        assertThat(issued.status()).isEqualTo(201);
        jobs.runDue();

        JsonNode mine = engineRest("mn-hoa-sen-hong-bang.focal", "/engine-rest/task?processInstanceBusinessKey=301/SGDĐT-VP");
        assertThat(mine).hasSize(1);
        JsonNode all = engineRest("admin", "/engine-rest/task?processInstanceBusinessKey=301/SGDĐT-VP");
        assertThat(all.size()).isEqualTo(issued.json().get("assignmentCount").asInt());
        // the task's form variables are readable by the unit that works on it
        String taskId = mine.get(0).get("id").asText();
        JsonNode form = engineRest("mn-hoa-sen-hong-bang.focal", "/engine-rest/task/" + taskId + "/form-variables");
        assertThat(form.get("directiveNumber").get("value").asText()).isEqualTo("301/SGDĐT-VP");
        assertThat(rest.withBasicAuth("mn-sao-mai-hong-bang.focal", password)
                .getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class).getStatusCode().value())
                .isIn(403, 404);
    }

    @Test
    void theEngineChecksAUsersOwnGroupsWithoutReadingEveryGrantFirst() {
        // the engine would drop a group that holds no grant after reading every grant's group; ours keeps the user's
        List<String> checked = engine.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("thpt-tran-phu", "no-grant-here")));
        assertThat(checked).containsExactly("thpt-tran-phu", "no-grant-here");
    }

    @Test
    void aUnitUserLogsInToTasklistWithTheCamundaLogin() {
        var login = api.tasklist("th-quang-trung-hong-bang.focal").login();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("authorizedApps").toString()).contains("tasklist");
    }

    private JsonNode engineRest(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "admin".equals(user) ? adminPassword : password, StandardCharsets.UTF_8);
        var response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return api.parse(response.getBody());
    }

    @Value("${giaoviec.admin-password}")
    String adminPassword;
}
