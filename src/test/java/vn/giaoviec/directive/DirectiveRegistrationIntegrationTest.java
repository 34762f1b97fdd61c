package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;

/** Bad input gets a clear error and stores nothing; good input is numbered and issued. */
@IntegrationTest
class DirectiveRegistrationIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownUnitIsNamedAndNothingIsStored() {
        int before = directives();
        var refused = api.as("so-gddt.focal").post("/api/directives",
                directive("101/SGDĐT-VP", List.of("truong@ubnd-tp", "truong-khong-co")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").toString()).contains("unknown unit: truong-khong-co");
        assertThat(directives()).isEqualTo(before);
    }

    @Test
    void anEmptySelectionIsRefused() {
        var refused = api.as("so-gddt.focal").post("/api/directives",
                directive("102/SGDĐT-VP", List.of("thpt@phuong-hong-bang")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").toString()).contains("selects no unit: thpt@phuong-hong-bang");
        var unknownKind = api.as("so-gddt.focal").post("/api/directives",
                directive("102/SGDĐT-VP", List.of("dai-hoc@ubnd-tp")));
        assertThat(unknownKind.json().get("details").toString()).contains("unknown unit kind dai-hoc");
    }

    @Test
    void theSameNumberOfTheSameIssuerInTheSameYearIsADuplicate() {
        assertThat(api.as("so-gddt.focal").post("/api/directives", directive("103/SGDĐT-VP", List.of("so-gddt-vp"))).status())
                .isEqualTo(201);
        var again = api.as("so-gddt.focal").post("/api/directives", directive("103/SGDĐT-GDPT", List.of("so-gddt-vp")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).contains("103").contains("already registered");
    }

    @Test
    void malformedJsonIsABadRequest() {
        var bad = api.as("so-gddt.focal").post("/api/directives", "{\"number\": \"104/SGDĐT-VP\", items: ]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("malformed request body");
        var wrongDate = api.as("so-gddt.focal").post("/api/directives", Map.of("number", "105/SGDĐT-VP",
                "subject", "x", "items", List.of(Map.of("no", "1", "recipients", List.of("so-gddt-vp"), "deadline", "31/12/2025"))));
        assertThat(wrongDate.status()).isEqualTo(400);
    }

    @Test
    void aBlankNumberGetsTheIssuersNextFreeNumberOfTheYear() {
        var first = api.as("phuong-le-chan.focal").post("/api/directives", Map.of("number", "/UBND-VHXX",
                "issuedOn", "2024-03-01", "subject", "V/v kiểm tra", "items",
                List.of(Map.of("no", "1", "recipients", List.of("mam-non@phuong-le-chan")))));
        var second = api.as("phuong-le-chan.focal").post("/api/directives", Map.of("number", "/UBND-VHXX",
                "issuedOn", "2024-03-02", "subject", "V/v kiểm tra lần 2", "items",
                List.of(Map.of("no", "1", "recipients", List.of("mam-non@phuong-le-chan")))));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        int n = Integer.parseInt(first.json().get("number").asText().split("/")[0]);
        assertThat(second.json().get("number").asText()).isEqualTo(String.format("%02d/UBND-VHXX", n + 1));
        var detail = api.as("phuong-le-chan.focal").get("/api/directives/" + first.json().get("id").asLong()).json();
        assertThat(detail.get("monitoringUnit").asText()).isEqualTo("phuong-le-chan-vhxh");
        assertThat(detail.get("assignments").get(0).get("status").asText()).isEqualTo("NO_DEADLINE");
    }

    @Test
    void onlyTheIssuingUnitRegistersItsDirectives() {
        var refused = api.as("phuong-le-chan.focal").post("/api/directives", directive("106/SGDĐT-VP", List.of("so-gddt-vp")));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void registeringTwiceInParallelCascadesOnce() throws Exception {
        Map<String, Object> body = directive("107/SGDĐT-VP", List.of("so-gddt-vp"));
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.as("so-gddt.focal").post("/api/directives", body));
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.as("so-gddt.focal").post("/api/directives", body));
        assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(201, 409);
    }

    private int directives() {
        return jdbc.sql("select count(*) from directive").query(Integer.class).single();
    }

    private static Map<String, Object> directive(String number, List<String> recipients) {
        return Map.of("number", number, "issuer", "so-gddt", "issuedOn", "2025-11-20", "subject", "V/v thử nghiệm",
                "items", List.of(Map.of("no", "1", "text", "Báo cáo", "recipients", recipients, "deadline", "2025-12-31")));
    }
}
