package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.org.CityOrganisation;
import vn.giaoviec.support.ChildNode;
import vn.giaoviec.support.NodeDatabase;

/**
 * A server killed with SIGKILL (a child JVM, not a context closed politely) loses nothing and, started
 * again under the same node id on another port, resumes at once: the issuing batches the dead node had
 * locked run within a minute instead of the engine's lock time, and every school ends with exactly one
 * assignment, one process and one open task. On the embedded default, a directive answered 201 just
 * before the kill is on disk. Runs on a database of its own (PostgreSQL in CI, else an H2 file).
 */
class CrashRecoveryIntegrationTest {

    private static final int SCHOOLS = 2000;
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String admin = NodeDatabase.postgres() ? System.getenv("GIAOVIEC_ADMIN_PASSWORD") : "demo";
    private final String password = NodeDatabase.postgres() ? System.getenv("GIAOVIEC_USER_PASSWORD") : "demo";

    @Test
    void aNodeKilledMidIssueResumesWhenItComesBackAndEverySchoolGetsItsTaskOnce() throws Exception {
        Path dir = Path.of("target", "crash", "issue-" + System.currentTimeMillis());
        NodeDatabase db = NodeDatabase.fresh("crash", dir);
        Map<String, String> settings = Map.of("spring.datasource.url", db.url(), "giaoviec.node-id", "node-a",
                "giaoviec.org.location", "file:" + CityOrganisation.write(dir.resolve("city.yaml"), SCHOOLS).toAbsolutePath());
        String number = "9401/SGDĐT-VP";
        try {
            long directive;
            try (ChildNode node = ChildNode.start("node-a", settings, dir)) {
                HttpResponse<String> issued = node.call("POST", "/api/directives", "so-gddt.focal", password,
                        "{\"number\": \"" + number + "\", \"issuer\": \"so-gddt\", \"subject\": \"V/v rà soát sau sự cố\","
                                + " \"items\": [{\"no\": \"1\", \"recipients\": [\"truong@ubnd-tp\"], \"deadline\": \"2027-06-30\"}]}");
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
                directive = JSON.readTree(issued.body()).get("id").asLong();
                assertThat(JSON.readTree(issued.body()).get("assignmentCount").asInt()).isEqualTo(SCHOOLS);
                // kill -9 once a quarter of the schools have their task, the rest being issued
                awaitTasks(node, number, SCHOOLS / 4, Duration.ofSeconds(120));
                node.kill();
            }
            long restarted = System.nanoTime();
            try (ChildNode node = ChildNode.start("node-a", settings, dir)) {
                long ready = System.nanoTime();
                int atRestart = count(node, tasksOf(number));
                assertThat(atRestart).as("the kill left schools without their task").isLessThan(SCHOOLS);
                // the batches the dead node held resume at once, not when their locks expire
                awaitTasks(node, number, atRestart + 1, RESUME_WITHIN);
                Duration resumed = Duration.ofNanos(System.nanoTime() - ready);
                int tasks = awaitTasks(node, number, SCHOOLS, Duration.ofMinutes(5));
                System.out.printf("CRASH issue: %d schools; %d had their task when the killed node came back;"
                                + " it was ready in %d s, issuing resumed %d s after it, every task %d s after it%n",
                        SCHOOLS, atRestart, Duration.ofNanos(ready - restarted).toSeconds(), resumed.toSeconds(),
                        Duration.ofNanos(System.nanoTime() - ready).toSeconds());
                assertThat(tasks).isEqualTo(SCHOOLS);

                JsonNode letter = JSON.readTree(node.call("GET", "/api/directives/" + directive, "admin", admin, null).body());
                Set<String> units = new HashSet<>();
                letter.get("assignments").forEach(a -> units.add(a.get("unit").asText()));
                assertThat(letter.get("assignments")).hasSize(SCHOOLS);
                assertThat(units).as("one assignment per school").hasSize(SCHOOLS);
                String key = URLEncoder.encode(number, StandardCharsets.UTF_8);
                assertThat(count(node, "/engine-rest/process-instance/count?processDefinitionKey=assignment&businessKey=" + key))
                        .as("one assignment process per school").isEqualTo(SCHOOLS);
                assertThat(count(node, "/engine-rest/incident/count")).as("incidents").isZero();
                assertThat(count(node, "/engine-rest/job/count?withException=true")).as("failed jobs").isZero();
            }
        } finally {
            db.drop();
        }
    }

    @Test
    void aDirectiveAnswered201IsThereAfterTheServerIsKilled() throws Exception {
        Path dir = Path.of("target", "crash", "durable-" + System.currentTimeMillis());
        NodeDatabase db = NodeDatabase.fresh("durable", dir);
        Map<String, String> settings = Map.of("spring.datasource.url", db.url(), "giaoviec.node-id", "node-b");
        try {
            long id;
            try (ChildNode node = ChildNode.start("node-b", settings, dir)) {
                HttpResponse<String> issued = node.call("POST", "/api/directives", "so-gddt.focal", password,
                        "{\"number\": \"9402/SGDĐT-VP\", \"issuer\": \"so-gddt\", \"subject\": \"V/v lưu trước khi tắt\","
                                + " \"items\": [{\"no\": \"1\", \"recipients\": [\"thpt-tran-phu\"]}]}");
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
                id = JSON.readTree(issued.body()).get("id").asLong();
                node.kill();
            }
            try (ChildNode node = ChildNode.start("node-b", settings, dir)) {
                HttpResponse<String> found = node.call("GET", "/api/directives/" + id, "so-gddt.focal", password, null);
                assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
                assertThat(JSON.readTree(found.body()).get("number").asText()).isEqualTo("9402/SGDĐT-VP");
            }
        } finally {
            db.drop();
        }
    }

    /** Waits until at least {@code wanted} schools have their receive task; returns how many have. */
    private int awaitTasks(ChildNode node, String number, int wanted, Duration patience) throws InterruptedException {
        String path = tasksOf(number);
        long deadline = System.nanoTime() + patience.toNanos();
        int tasks = 0;
        while (System.nanoTime() < deadline) {
            tasks = count(node, path);
            if (tasks >= wanted) {
                return tasks;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(tasks + " of " + wanted + " tasks after " + patience + "; the node says:\n" + node.log());
    }

    private static String tasksOf(String number) {
        return "/engine-rest/task/count?processDefinitionKey=assignment&processInstanceBusinessKey="
                + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    private int count(ChildNode node, String path) {
        HttpResponse<String> response = node.call("GET", path, "admin", admin, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body()).get("count").asInt();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
