package vn.giaoviec.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.yaml.snakeyaml.LoaderOptions;
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

import vn.giaoviec.org.UnitRepository.UnitRow;

/**
 * Loads the organisation file into our unit table and the Camunda identity at start-up. Loading
 * the same file twice changes nothing; a changed name or symbol is updated. A file whose content was
 * loaded in full before is not read into the database again: a restart with a nation's organisation
 * would otherwise spend its time comparing 100,000 people.
 */
@Component
@Order(1)
class OrgLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgLoader.class);

    private final OrgProperties properties;
    private final ResourceLoader resources;
    private final UnitRepository units;
    private final CamundaIdentitySync identity;
    private final LoadedFiles loaded;
    private final TransactionTemplate tx;

    OrgLoader(OrgProperties properties, ResourceLoader resources, UnitRepository units,
              CamundaIdentitySync identity, LoadedFiles loaded, TransactionTemplate tx) {
        this.properties = properties;
        this.resources = resources;
        this.units = units;
        this.identity = identity;
        this.loaded = loaded;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] content = read(properties.location());
        String digest = LoadedFiles.digest(content, properties);
        var loadedAt = loaded.loadedAt(digest);
        if (loadedAt.isPresent()) {
            log.info("Organisation {} loaded: unchanged since it was loaded at {}", properties.location(), loadedAt.get());
            return;
        }
        OrgFile file = parse(content);
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> load(file));
        // Camunda's identity in transactions of a few hundred units (one big one made H2 read its pages back
        // at commit); the digest last, so a start that stopped half-way is finished by the next one
        identity.sync(file, properties.userPassword());
        identity.syncProcessOwners(file.processOwnersOrEmpty(), properties.processOwnerGroup(), properties.userPassword());
        loaded.record(digest);
        log.info("Organisation {} loaded: {} units in {} ms", properties.location(), file.units().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Writes what differs between the file and our tables, read once. */
    void load(OrgFile file) {
        Map<String, UnitRow> stored = units.unitRows();
        Map<String, Person> storedPeople = units.people();
        Map<String, Unit> byId = new LinkedHashMap<>();
        List<UnitRow> inserts = new ArrayList<>();
        List<UnitRow> updates = new ArrayList<>();
        List<Person> newPeople = new ArrayList<>();
        List<Person> changedPeople = new ArrayList<>();
        for (OrgFile.UnitEntry entry : file.units()) {
            Unit parent = entry.parent() == null ? null : byId.get(entry.parent());
            if (entry.parent() != null && parent == null) {
                UnitRow row = stored.get(entry.parent());
                if (row == null) {
                    throw new IllegalStateException("Unit " + entry.id() + " names parent " + entry.parent()
                            + ", which is not listed before it");
                }
                parent = row.unit();
            }
            Unit unit = new Unit(entry.id(), entry.name(), entry.symbol(), entry.kind(), entry.parent(),
                    (parent == null ? "/" : parent.path()) + entry.id() + "/");
            UnitRow row = new UnitRow(unit, "daily".equalsIgnoreCase(entry.notices()));
            UnitRow before = stored.get(unit.id());
            if (before == null) {
                inserts.add(row);
            } else if (!sameContent(before, row)) {
                updates.add(row);
            }
            // listed twice: the second entry updates the first
            stored.put(unit.id(), row);
            byId.put(unit.id(), unit);
            for (OrgFile.PersonEntry p : entry.peopleOrEmpty()) {
                String role = p.role().toUpperCase();
                String id = p.id() != null ? p.id() : unit.id() + "." + role.toLowerCase();
                Person person = new Person(id, unit.id(), role, p.name(), p.email(), p.phone());
                Person was = storedPeople.put(id, person);
                if (was == null) {
                    newPeople.add(person);
                } else if (!was.equals(person)) {
                    changedPeople.add(person);
                }
            }
        }
        units.insertUnits(inserts);
        units.updateUnits(updates);
        units.insertPeople(newPeople);
        units.updatePeople(changedPeople);
    }

    /** What the loader updates: a unit keeps its place in the tree. */
    private static boolean sameContent(UnitRow before, UnitRow now) {
        Unit a = before.unit();
        Unit b = now.unit();
        return before.noticeDigest() == now.noticeDigest() && Objects.equals(a.name(), b.name())
                && Objects.equals(a.symbol(), b.symbol()) && Objects.equals(a.kind(), b.kind());
    }

    private byte[] read(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation file " + location, e);
        }
    }

    private OrgFile parse(byte[] content) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's default 3 MB guards against hostile input; this is the operator's own file (a nation's is 20 MB)
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), content.length));
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            return yaml.readValue(content, OrgFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation file " + properties.location(), e);
        }
    }
}
