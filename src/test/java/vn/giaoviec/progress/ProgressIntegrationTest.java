package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.LateLetter;
import vn.giaoviec.support.Scenario;

/** {@code GET /api/directives/{id}/progress}: who is late, at every level, as each viewer may see it. */
@IntegrationTest
class ProgressIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    LateLetter lateLetter;
    @Autowired
    Scenario scenario;

    @Test
    void theMonitoringUnitSeesTheCountsTheWholeCascadeAndWhoIsLateWithWhomToCall() {
        var letter = lateLetter.issue(7501);

        JsonNode progress = Scenario.ok(api.as("so-gddt-vp.focal").get("/api/directives/" + letter.id() + "/progress")).json();

        assertThat(progress.get("number").asText()).isEqualTo("7501/SGDĐT-VP");
        assertThat(progress.get("total").asInt()).isEqualTo(10);
        JsonNode byStatus = progress.get("byStatus");
        assertThat(byStatus.get("DONE_ON_TIME").asInt()).isEqualTo(2);
        assertThat(byStatus.get("DONE_LATE").asInt()).isEqualTo(1);
        assertThat(byStatus.get("IN_PROGRESS").asInt()).isEqualTo(1);
        assertThat(byStatus.get("OVERDUE").asInt()).isEqualTo(6);
        assertThat(byStatus.get("NO_DEADLINE").asInt()).isZero();

        assertThat(units(progress.get("overdue"))).containsExactlyInAnyOrderElementsOf(LateLetter.OVERDUE);
        JsonNode leLoi = find(progress.get("overdue"), "th-le-loi-hong-bang");
        assertThat(leLoi.get("unitName").asText()).isEqualTo("Trường Tiểu học Lê Lợi");
        assertThat(leLoi.get("deadline").asText()).isEqualTo("2026-03-31");
        assertThat(leLoi.get("daysLate").asInt()).isEqualTo(8);
        assertThat(leLoi.get("focalPerson").get("name").asText()).isEqualTo("Đặng Thanh Phúc");
        assertThat(leLoi.get("focalPerson").get("phone").asText()).isEqualTo("02253089962");
        assertThat(leLoi.get("focalPerson").get("email").asText()).isEqualTo("th-le-loi-hong-bang.focal@giaoviec.test");
        // the dashboard's list of late units below is not part of the API's answer
        assertThat(progress.has("overdueInCascades")).isFalse();

        JsonNode tree = progress.get("tree");
        assertThat(tree.get("unit").asText()).isEqualTo("so-gddt");
        assertThat(tree.get("unitName").asText()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(tree.get("children")).hasSize(10);
        JsonNode ward = find(tree.get("children"), LateLetter.WARD);
        assertThat(ward.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(ward.get("childNumber").asText()).isEqualTo(letter.cascadeNumber());
        assertThat(ward.get("children")).hasSize(9);
        assertThat(find(ward.get("children"), LateLetter.CASCADE_DONE).get("status").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(find(ward.get("children"), "th-le-chan-le-chan").get("status").asText()).isEqualTo("OVERDUE");
        assertThat(find(tree.get("children"), LateLetter.RETURNED).get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aReturnedReportIsMeasuredAgainstItsResubmissionDate() {
        var letter = lateLetter.issue(7504);
        long returned = letter.assignments().get(LateLetter.RETURNED);
        String resubmissionDue = Scenario.ok(api.as("admin").get("/api/assignments/" + returned)).json().get("resubmissionDue").asText();
        assertThat(resubmissionDue).isEqualTo("2026-04-10"); // returned on Tuesday 07/04: three working days

        JsonNode before = Scenario.ok(api.as("so-gddt-vp.focal").get("/api/directives/" + letter.id() + "/progress")).json();
        JsonNode line = find(before.get("tree").get("children"), LateLetter.RETURNED);
        assertThat(line.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(line.get("deadline").asText()).isEqualTo("2026-03-31");
        assertThat(line.get("resubmissionDue").asText()).isEqualTo(resubmissionDue);
        assertThat(find(before.get("tree").get("children"), LateLetter.OVERDUE.get(0)).get("resubmissionDue").isNull()).isTrue();

        // not back by 10/04: late by the days since then, not since the first deadline
        scenario.at(2026, 4, 14, 9, 0);
        JsonNode after = Scenario.ok(api.as("so-gddt-vp.focal").get("/api/directives/" + letter.id() + "/progress")).json();
        JsonNode late = find(after.get("overdue"), LateLetter.RETURNED);
        assertThat(late.get("deadline").asText()).isEqualTo(resubmissionDue);
        assertThat(late.get("daysLate").asInt()).isEqualTo(4);
        assertThat(find(after.get("overdue"), LateLetter.OVERDUE.get(0)).get("daysLate").asInt()).isEqualTo(14);
    }

    @Test
    void aWardSeesItsOwnPartAndAllOfTheLetterItIssuedBelow() {
        var letter = lateLetter.issue(7502);

        JsonNode leChan = Scenario.ok(api.as("phuong-le-chan.head").get("/api/directives/" + letter.id() + "/progress")).json();
        assertThat(leChan.get("total").asInt()).isEqualTo(1);
        assertThat(units(leChan.get("tree").get("children"))).containsExactly(LateLetter.WARD);
        assertThat(leChan.get("tree").get("children").get(0).get("children")).hasSize(9);
        assertThat(units(leChan.get("overdue"))).containsExactly(LateLetter.WARD);

        JsonNode hongBang = Scenario.ok(api.as("phuong-hong-bang.head").get("/api/directives/" + letter.id() + "/progress")).json();
        assertThat(hongBang.get("total").asInt()).isEqualTo(9);
        assertThat(units(hongBang.get("tree").get("children"))).doesNotContain(LateLetter.WARD);
        assertThat(hongBang.get("byStatus").get("OVERDUE").asInt()).isEqualTo(5);

        // a school sees its own line of its ward's letter, not its neighbours'
        JsonNode school = Scenario.ok(api.as("th-le-chan-le-chan.focal").get("/api/directives/" + letter.cascadeId() + "/progress")).json();
        assertThat(units(school.get("tree").get("children"))).containsExactly("th-le-chan-le-chan");
    }

    @Test
    void strangersAreRefusedAndUnknownDirectivesAreNotFound() {
        var letter = lateLetter.issue(7503);

        var stranger = api.as("thpt-tran-phu.focal").get("/api/directives/" + letter.id() + "/progress");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("error").asText()).contains("7503/SGDĐT-VP");
        var missing = api.as("so-gddt.focal").get("/api/directives/99999999/progress");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no directive 99999999");
        assertThat(api.as("so-gddt.focal").get("/api/directives/abc/progress").status()).isEqualTo(400);
    }

    private static List<String> units(JsonNode list) {
        List<String> units = new ArrayList<>();
        list.forEach(n -> units.add(n.get("unit").asText()));
        return units;
    }

    private static JsonNode find(JsonNode list, String unit) {
        for (JsonNode n : list) {
            if (n.get("unit").asText().equals(unit)) {
                return n;
            }
        }
        throw new AssertionError("no " + unit + " in " + list);
    }
}
