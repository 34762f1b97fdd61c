package vn.giaoviec.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the organisation file into our unit table and the Camunda identity at start-up. Loading
 * the same file twice changes nothing; a changed name or symbol is updated.
 */
@Component
@Order(1)
class OrgLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgLoader.class);

    private final OrgProperties properties;
    private final ResourceLoader resources;
    private final UnitRepository units;
    private final CamundaIdentitySync identity;
    private final TransactionTemplate tx;

    OrgLoader(OrgProperties properties, ResourceLoader resources, UnitRepository units,
              CamundaIdentitySync identity, TransactionTemplate tx) {
        this.properties = properties;
        this.resources = resources;
        this.units = units;
        this.identity = identity;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        OrgFile file = read(properties.location());
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> load(file));
        log.info("Organisation {} loaded: {} units in {} ms", properties.location(), file.units().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    void load(OrgFile file) {
        Map<String, Unit> byId = new HashMap<>();
        for (OrgFile.UnitEntry entry : file.units()) {
            Unit parent = entry.parent() == null ? null : byId.get(entry.parent());
            if (entry.parent() != null && parent == null) {
                parent = units.findById(entry.parent()).orElseThrow(() -> new IllegalStateException(
                        "Unit " + entry.id() + " names parent " + entry.parent() + ", which is not listed before it"));
            }
            Unit unit = new Unit(entry.id(), entry.name(), entry.symbol(), entry.kind(), entry.parent(),
                    (parent == null ? "/" : parent.path()) + entry.id() + "/");
            if (units.exists(unit.id())) {
                units.update(unit);
            } else {
                units.insert(unit);
            }
            units.noticeDigest(unit.id(), "daily".equalsIgnoreCase(entry.notices()));
            byId.put(unit.id(), unit);
            for (OrgFile.PersonEntry p : entry.peopleOrEmpty()) {
                String role = p.role().toUpperCase();
                String id = p.id() != null ? p.id() : unit.id() + "." + role.toLowerCase();
                units.upsert(new Person(id, unit.id(), role, p.name(), p.email(), p.phone()));
            }
        }
        identity.sync(List.copyOf(byId.values()), file, properties.userPassword());
        identity.syncProcessOwners(file.processOwnersOrEmpty(), properties.processOwnerGroup(), properties.userPassword());
    }

    private OrgFile read(String location) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return yaml.readValue(in, OrgFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation file " + location, e);
        }
    }
}
