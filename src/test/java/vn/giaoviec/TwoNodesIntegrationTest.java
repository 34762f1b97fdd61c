package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.org.CityOrganisation;
import vn.giaoviec.support.ChildNode;
import vn.giaoviec.support.NodeDatabase;

/**
 * Two nodes, one database, each with its job executor: a directive issued through one, its schools
 * receiving, reporting and being accepted through both at once, four at a time. Every action answers
 * 2xx (conflicts are retried inside), the last acceptance completes the directive exactly once — one
 * final consolidation task — and nothing ends in an incident. On PostgreSQL in CI; on the embedded
 * default the H2 file is shared through H2's automatic server mode.
 */
class TwoNodesIntegrationTest {

    private static final int SCHOOLS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String admin = NodeDatabase.postgres() ? System.getenv("GIAOVIEC_ADMIN_PASSWORD") : "demo";
    private final String password = NodeDatabase.postgres() ? System.getenv("GIAOVIEC_USER_PASSWORD") : "demo";

    @Test
    void schoolsWorkThroughBothNodesAndTheLetterCompletesOnce() throws Exception {
        Path dir = Path.of("target", "two-nodes", String.valueOf(System.currentTimeMillis()));
        NodeDatabase db = NodeDatabase.fresh("twonodes", dir);
        String url = NodeDatabase.postgres() ? db.url() : db.url().replace("AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE", "AUTO_SERVER=TRUE");
        String org = "file:" + CityOrganisation.write(dir.resolve("city.yaml"), SCHOOLS).toAbsolutePath();
        String number = "9501/SGDĐT-VP";
        try (ChildNode a = ChildNode.start("node-a", Map.of("spring.datasource.url", url, "giaoviec.node-id", "node-a",
                "giaoviec.org.location", org), dir);
             ChildNode b = ChildNode.start("node-b", Map.of("spring.datasource.url", url, "giaoviec.node-id", "node-b",
                     "giaoviec.org.location", org), dir)) {
            HttpResponse<String> issued = a.call("POST", "/api/directives", "so-gddt.focal", password,
                    "{\"number\": \"" + number + "\", \"issuer\": \"so-gddt\", \"monitoringUnit\": \"so-gddt-vp\","
                            + " \"subject\": \"V/v hai máy chủ\", \"items\": [{\"no\": \"1\", \"recipients\": [\"truong@ubnd-tp\"],"
                            + " \"deadline\": \"2027-06-30\"}]}");
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            long directive = JSON.readTree(issued.body()).get("id").asLong();
            awaitCount(a, "/engine-rest/task/count?processDefinitionKey=assignment&processInstanceBusinessKey="
                    + URLEncoder.encode(number, StandardCharsets.UTF_8), SCHOOLS, Duration.ofMinutes(3));

            List<JsonNode> assignments = new ArrayList<>();
            JSON.readTree(a.call("GET", "/api/directives/" + directive, "admin", admin, null).body()).get("assignments")
                    .forEach(assignments::add);
            assertThat(assignments).hasSize(SCHOOLS);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> work = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                JsonNode assignment = assignments.get(i);
                ChildNode first = i % 2 == 0 ? a : b;
                ChildNode second = i % 2 == 0 ? b : a;
                work.add(pool.submit(() -> school(first, second, assignment)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> f : work) {
                String failure = f.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            pool.shutdown();
            assertThat(failures).as("every action answered 2xx").isEmpty();

            // the last acceptance, on whichever node, moves the directive on once: one final consolidation
            awaitCount(b, "/engine-rest/task/count?taskDefinitionKey=UserTask_ConsolidateFinalReport&processInstanceBusinessKey="
                    + URLEncoder.encode(number, StandardCharsets.UTF_8), 1, Duration.ofMinutes(2));
            Thread.sleep(3000); // a second completion would come from a job right behind the first
            assertThat(count(a, "/engine-rest/task/count?taskDefinitionKey=UserTask_ConsolidateFinalReport"
                    + "&processInstanceBusinessKey=" + URLEncoder.encode(number, StandardCharsets.UTF_8))).isEqualTo(1);
            JsonNode letter = JSON.readTree(b.call("GET", "/api/directives/" + directive, "admin", admin, null).body());
            assertThat(letter.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(letter.get("assignments")).allMatch(x -> x.get("status").asText().startsWith("DONE"));
            assertThat(count(a, "/engine-rest/incident/count")).as("incidents").isZero();
            assertThat(count(a, "/engine-rest/job/count?withException=true")).as("failed jobs").isZero();
            System.out.printf("TWO NODES: %d schools received, reported and accepted through both nodes, 4 at a time:"
                    + " no failure, one final consolidation%n", SCHOOLS);
        } finally {
            db.drop();
        }
    }

    /** One school's whole work, its steps through alternating nodes; null when every answer was 2xx. */
    private String school(ChildNode first, ChildNode second, JsonNode assignment) {
        long id = assignment.get("id").asLong();
        String unit = assignment.get("unit").asText();
        List<String[]> steps = List.of(
                new String[]{"/api/assignments/" + id + "/receive", unit + ".focal", "{\"mode\": \"DIRECT\"}"},
                new String[]{"/api/assignments/" + id + "/report", unit + ".focal",
                        "{\"items\": [{\"no\": \"1\", \"status\": \"DONE\", \"result\": \"Đã xong\"}]}"},
                new String[]{"/api/assignments/" + id + "/review", "so-gddt-vp.focal", "{\"decision\": \"ACCEPT\"}"});
        for (int i = 0; i < steps.size(); i++) {
            String[] step = steps.get(i);
            HttpResponse<String> response = (i % 2 == 0 ? first : second).call("POST", step[0], step[1], password, step[2]);
            if (response.statusCode() / 100 != 2) {
                return step[0] + " → " + response.statusCode() + " " + response.body();
            }
        }
        return null;
    }

    private void awaitCount(ChildNode node, String path, int wanted, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int found = 0;
        while (System.nanoTime() < deadline) {
            found = count(node, path);
            if (found >= wanted) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(found + " of " + wanted + " for " + path + "; the node says:\n" + node.log());
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
