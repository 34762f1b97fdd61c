package vn.giaoviec.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ from the classpath under stable names ({@code bpmn/directive.bpmn}), so
 * that duplicate filtering works the same from target/classes and from the jar. Only the files that
 * changed since the jar's last deployment are deployed: diagrams call each other and their forms by
 * the latest version, so a diagram a process owner deployed from Modeler stays in use across
 * restarts until a release changes that same file.
 */
@Component
@Order(0)
class ProcessDeployment implements ApplicationRunner {

    /** The jar's deployments; a process owner's carry the name they chose in Modeler. */
    static final String NAME = "giaoviec";

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final RepositoryService repository;

    ProcessDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name(NAME).enableDuplicateFiltering(true);
        var resolver = new PathMatchingResourcePatternResolver();
        for (String folder : new String[]{"bpmn", "forms"}) {
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + "/" + resource.getFilename(),
                            new java.io.ByteArrayInputStream(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + resource, e);
                }
            }
        }
        var deployed = deployment.deployWithResult();
        // an unchanged restart deploys nothing new: the engine then lists no definitions at all
        var definitions = deployed.getDeployedProcessDefinitions();
        log.info("Deployment {}: {} process definition(s) new", deployed.getId(), definitions == null ? 0 : definitions.size());
    }
}
