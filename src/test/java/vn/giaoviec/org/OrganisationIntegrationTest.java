package vn.giaoviec.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;

@IntegrationTest
class OrganisationIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    OrgLoader loader;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgProperties properties;
    @Autowired
    ResourceLoader resources;
    @Autowired
    UnitRepository units;
    @Autowired
    CamundaIdentitySync identitySync;
    @Autowired
    LoadedFiles loadedFiles;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theDemoOrganisationHasTheUnitsOfTheDesign() {
        JsonNode units = api.as("admin").get("/api/units").json();
        assertThat(find(units, "so-gddt-vp").get("parent").asText()).isEqualTo("so-gddt");
        assertThat(find(units, "phuong-hong-bang-vhxh").get("kind").asText()).isEqualTo("phong");
        for (String id : List.of("ubnd-tp", "so-gddt", "so-gddt-bgd", "so-gddt-vp", "so-gddt-gdpt", "so-khcn",
                "phuong-hong-bang", "phuong-hong-bang-vhxh", "phuong-le-chan")) {
            assertThat(find(units, id)).as(id).isNotNull();
            assertThat(identity.createGroupQuery().groupId(id).count()).as(id).isEqualTo(1);
            assertThat(identity.createUserQuery().userId(id + ".head").memberOfGroup(id).count()).as(id).isEqualTo(1);
            assertThat(identity.createUserQuery().userId(id + ".focal").memberOfGroup(id).count()).as(id).isEqualTo(1);
        }
        for (String ward : List.of("phuong-hong-bang", "phuong-le-chan")) {
            for (String kind : List.of("mam-non", "tieu-hoc", "thcs")) {
                assertThat(api.as("admin").get("/api/units?within=" + ward + "&kinds=" + kind).json().size())
                        .as(kind + " in " + ward).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(api.as("admin").get("/api/units?within=so-gddt&kinds=thpt").json().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void unitsFilterBySubtreeAndKindWithTruongForEverySchool() {
        JsonNode schools = api.as("admin").get("/api/units?within=phuong-hong-bang&kinds=truong").json();
        assertThat(schools).isNotEmpty();
        assertThat(schools).allSatisfy(u -> assertThat(u.get("kind").asText()).isIn("mam-non", "tieu-hoc", "thcs", "thpt"));
        assertThat(ids(api.as("admin").get("/api/units?within=phuong-hong-bang&kinds=truong,phong").json()))
                .contains("phuong-hong-bang-vhxh").doesNotContain("so-gddt-vp", "phuong-hong-bang");
        assertThat(api.as("admin").get("/api/units?kinds=dai-hoc").status()).isEqualTo(422);
        assertThat(api.as("admin").get("/api/units?within=phuong-khong-co").status()).isEqualTo(404);
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        long unitCount = api.as("admin").get("/api/units").json().size();
        long groups = identity.createGroupQuery().count();
        long users = identity.createUserQuery().count();
        long grants = authorizations.createAuthorizationQuery().count();
        long filterCount = filters.createFilterQuery().count();

        // as if this file had never been loaded: all of it is compared with the database again
        jdbc.sql("delete from org_file_loaded").update();
        loader.run(new DefaultApplicationArguments());

        assertThat(api.as("admin").get("/api/units").json().size()).isEqualTo(unitCount);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
        assertThat(filters.createFilterQuery().filterName("Việc của đơn vị tôi").count()).isEqualTo(1);
    }

    @Test
    void anUnchangedFileIsNotLoadedAgain() {
        Timestamp loadedAt = jdbc.sql("select loaded_at from org_file_loaded").query(Timestamp.class).single();

        loader.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select loaded_at from org_file_loaded").query(Timestamp.class).single()).isEqualTo(loadedAt);
    }

    @Test
    void aUnitRenamedInTheFileIsRenamedAtTheNextStart(@TempDir Path dir) throws Exception {
        String demo = resources.getResource(properties.location()).getContentAsString(StandardCharsets.UTF_8);
        Path renamed = Files.writeString(dir.resolve("org.yaml"),
                demo.replace("name: Văn phòng Sở\n", "name: Văn phòng Sở Giáo dục và Đào tạo\n"));
        OrgLoader restarted = new OrgLoader(new OrgProperties("file:" + renamed, properties.userPassword(),
                properties.processOwnerGroup()), resources, units, identitySync, loadedFiles, tx);
        try {
            restarted.run(new DefaultApplicationArguments());

            assertThat(units.findById("so-gddt-vp").orElseThrow().name()).isEqualTo("Văn phòng Sở Giáo dục và Đào tạo");
            assertThat(identity.createGroupQuery().groupId("so-gddt-vp").singleResult().getName())
                    .isEqualTo("Văn phòng Sở Giáo dục và Đào tạo");
        } finally {
            loader.run(new DefaultApplicationArguments());
        }
        assertThat(units.findById("so-gddt-vp").orElseThrow().name()).isEqualTo("Văn phòng Sở");
        assertThat(identity.createGroupQuery().groupId("so-gddt-vp").singleResult().getName()).isEqualTo("Văn phòng Sở");
    }

    private static JsonNode find(JsonNode units, String id) {
        return StreamSupport.stream(units.spliterator(), false).filter(u -> u.get("id").asText().equals(id))
                .findFirst().orElse(null);
    }

    private static List<String> ids(JsonNode units) {
        return StreamSupport.stream(units.spliterator(), false).map(u -> u.get("id").asText()).toList();
    }
}
