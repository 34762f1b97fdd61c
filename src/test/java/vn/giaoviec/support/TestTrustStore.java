package vn.giaoviec.support;

import java.nio.file.Path;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes the root certificate of this JVM's test CA ({@link SignedPdfs}, generated at first use) where
 * the tests' configuration points giaoviec.signatures.trust-store, before the application reads it.
 */
public class TestTrustStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String trustStore = context.getEnvironment().getProperty("giaoviec.signatures.trust-store");
        if (trustStore != null && !trustStore.isBlank()) {
            SignedPdfs.writeTrustStore(Path.of(trustStore));
        }
    }
}
