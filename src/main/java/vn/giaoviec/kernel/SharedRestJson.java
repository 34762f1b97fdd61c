package vn.giaoviec.kernel;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON mapper, configured as Camunda configures its own, for every Jersey application of Camunda's
 * REST API and webapps (/engine-rest and the /camunda/api/engine Tasklist calls). Camunda's resolver
 * builds a new mapper at each lookup, and its REST API looks one up per request and per body: every
 * Tasklist call then rebuilt Jackson's (de)serializers, the largest part of the JVM's time in a
 * filter's list (TasklistScaleBenchmark). A Jackson mapper is safe to share once configured.
 * <p>
 * Found by Jersey's service loader (META-INF/services), as the webapps' applications are not Spring's
 * to customise; ahead of Camunda's resolver by its priority.
 */
public final class SharedRestJson implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(Mapper.class)) {
            context.register(Mapper.class);
        }
    }

    @Provider
    @Produces({"application/json", "application/hal+json"})
    @Priority(1)
    public static final class Mapper implements ContextResolver<ObjectMapper> {

        private static final ObjectMapper SHARED = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return SHARED;
        }
    }
}
