package vn.giaoviec.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls our HTTP API as a demo user, the way another system or curl would. */
@Component
public class Api {

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final String userPassword;
    private final String adminPassword;
    private final HttpClient keptAlive = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Api(TestRestTemplate rest, @Value("${giaoviec.org.user-password}") String userPassword,
        @Value("${giaoviec.admin-password}") String adminPassword) {
        this.rest = rest;
        this.userPassword = userPassword;
        this.adminPassword = adminPassword;
    }

    public As as(String user) {
        return new As(user, "admin".equals(user) ? adminPassword : userPassword);
    }

    /**
     * POSTs a body as a benchmark's timed client: the JDK's HTTP client on kept-alive connections, as a
     * browser or another system calls. TestRestTemplate's own work in the server's JVM added about 8 ms
     * to each call and took the server's cores.
     */
    public Response postKeptAlive(String path, Map<String, String> headers, String body) {
        return keptAlive(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** GETs as {@link #postKeptAlive} POSTs. */
    public Response getKeptAlive(String path, Map<String, String> headers) {
        return keptAlive(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).GET(), headers);
    }

    private Response keptAlive(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            var response = keptAlive.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fixture file from src/test/resources as text. */
    public static String fixture(String path) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final class As {
        private final String user;
        private final String password;

        As(String user, String password) {
            this.user = user;
            this.password = password;
        }

        public Response get(String path) {
            return exchange(HttpMethod.GET, path, null);
        }

        /** POSTs a JSON body given as text or as an object. */
        public Response post(String path, Object body) {
            return exchange(HttpMethod.POST, path, body);
        }

        public Response delete(String path) {
            return exchange(HttpMethod.DELETE, path, null);
        }

        /** The headers of a JSON call authenticated by this user's password, as another system sends it. */
        public Map<String, String> basicAuth() {
            return Map.of(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)), HttpHeaders.CONTENT_TYPE, "application/json");
        }

        /** {@link #post} through {@link Api#postKeptAlive}, for timed calls. */
        public Response postKeptAlive(String path, Object body) {
            return Api.this.postKeptAlive(path, basicAuth(), text(body));
        }

        /** {@link #get} through {@link Api#getKeptAlive}, for timed calls. */
        public Response getKeptAlive(String path) {
            return Api.this.getKeptAlive(path, basicAuth());
        }

        /**
         * POSTs multipart/form-data as a browser or {@code curl -F} does: an optional JSON part (sent as
         * text, with no content type, as curl sends it) and the files as parts named "files".
         */
        public Response postFiles(String path, String jsonPartName, Object jsonPart, List<File> files) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            if (jsonPartName != null) {
                try {
                    parts.add(jsonPartName, jsonPart instanceof String s ? s : json.writeValueAsString(jsonPart));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (File f : files) {
                HttpHeaders partHeaders = new HttpHeaders();
                partHeaders.setContentType(MediaType.parseMediaType(f.declaredType()));
                partHeaders.setContentDisposition(ContentDisposition.formData().name("files").filename(f.name(),
                        StandardCharsets.UTF_8).build());
                parts.add("files", new HttpEntity<>(new ByteArrayResource(f.content()), partHeaders));
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers),
                    String.class);
            return new Response(response.getStatusCode().value(), response.getBody());
        }

        /** GETs a file: its status, headers and bytes. */
        public ResponseEntity<byte[]> download(String path) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
            return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        }

        private Response exchange(HttpMethod method, String path, Object body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(text(body), headers),
                    String.class);
            return new Response(response.getStatusCode().value(), response.getBody());
        }
    }

    /** A file to upload: its name, the type the browser declares (not trusted by the server), its bytes. */
    /**
     * Logs in to Tasklist as a browser does (Camunda's login form, its session, its CSRF token) and
     * returns that session: what Tasklist's pages call next goes through it.
     */
    public TasklistSession tasklist(String user) {
        // the webapps' own CSRF protection: the token comes as a cookie and goes back as a header
        var page = rest.getForEntity("/camunda/app/tasklist/", String.class);
        List<String> cookies = new ArrayList<>(cookies(page.getHeaders()));
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", "admin".equals(user) ? adminPassword : userPassword);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", token);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        var login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        // a new session after login (no session fixation): its cookie replaces the first one
        replace(cookies, login.getHeaders());
        // the new session's token comes with its first page, as Tasklist's next GET gets it
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        replace(cookies, rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(session),
                String.class).getHeaders());
        String fresh = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
        return new TasklistSession(new Response(login.getStatusCode().value(), login.getBody()), cookies, fresh);
    }

    private String text(Object body) {
        try {
            return body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(List<String> cookies, HttpHeaders headers) {
        for (String replaced : cookies(headers)) {
            cookies.removeIf(c -> c.startsWith(replaced.substring(0, replaced.indexOf('=') + 1)));
            cookies.add(replaced);
        }
    }

    private static List<String> cookies(HttpHeaders headers) {
        List<String> set = headers.get(HttpHeaders.SET_COOKIE);
        return set == null ? List.of() : set.stream().map(c -> c.split(";")[0]).toList();
    }

    /** A browser's Tasklist session: its calls to the engine go through the webapp's API with the session's cookie. */
    public final class TasklistSession {
        private final Response login;
        private final List<String> cookies;
        private final String token;

        TasklistSession(Response login, List<String> cookies, String token) {
            this.login = login;
            this.cookies = cookies;
            this.token = token;
        }

        public Response login() {
            return login;
        }

        /** The headers of Tasklist's JSON calls to the engine's API in this session. */
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            // Tasklist asks for HAL: the list comes with the tasks' definitions, assignees and identity links
            headers.add(HttpHeaders.ACCEPT, "application/hal+json, application/json;q=0.5");
            headers.add("X-XSRF-TOKEN", token);
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
            // the webapps' CSRF filter also wants the page the call comes from on this site
            headers.add(HttpHeaders.REFERER, rest.getRootUri() + "/camunda/app/tasklist/default/");
            return headers;
        }

        /** POSTs JSON to the engine's API as Tasklist does, e.g. {@code /filter/{id}/list}. */
        public Response post(String enginePath, Object body) {
            ResponseEntity<String> response = rest.exchange("/camunda/api/engine/engine/default" + enginePath,
                    HttpMethod.POST, new HttpEntity<>(text(body), headers()), String.class);
            return new Response(response.getStatusCode().value(), response.getBody());
        }
    }

    public record File(String name, String declaredType, byte[] content) {
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
