package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other in one direction — kernel, org, security, directive (with its
 * assignments), rounds and intake, deadline, progress, dashboard — and reach only into what a module
 * offers (its base package, and the named interface "assignment" of the directive module). The
 * module documentation in docs/modules is generated from the code and checked to be current:
 * {@code mvn test -Dtest=ModularityTests -Dmodulith.docs.update=true} rewrites it.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GiaoviecApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesDependOnEachOtherInOneDirection() {
        MODULES.verify();
    }

    /** The check itself works: two fixture modules (test classes, hence all locations) that import each other. */
    @Test
    void theCheckRefusesACycle() {
        assertThatThrownBy(() -> ApplicationModules.of("fixture.modulith.cycle", location -> true).verify())
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void theModuleDocumentationIsCurrent() throws IOException {
        Path generated = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (Boolean.getBoolean("modulith.docs.update")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Path p : files(generated)) {
                Files.copy(p, DOCS.resolve(p.getFileName()));
            }
        }
        List<String> stale = new ArrayList<>();
        for (Path p : files(generated)) {
            Path committed = DOCS.resolve(p.getFileName());
            if (!Files.exists(committed) || !lines(p).equals(lines(committed))) {
                stale.add(p.getFileName().toString());
            }
        }
        assertThat(files(DOCS)).as("documents of modules that no longer exist").hasSameSizeAs(files(generated));
        assertThat(stale).as("docs/modules is out of date: run mvn test -Dtest=ModularityTests"
                + " -Dmodulith.docs.update=true and commit it").isEmpty();
    }

    /** The generator lists a diagram's relations in no fixed order: compare the lines as a set. */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
