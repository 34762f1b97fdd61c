package vn.giaoviec.kernel;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * /engine-rest answers our rules as /api does: a rule a task listener or start listener enforces
 * ({@link ApiException}) is its 4xx with the rule's message, not the 500 Camunda's REST API gives for
 * any exception from inside the engine; a task the user may not see is a 404. Everything else keeps
 * Camunda's own answer. Registered on Camunda's Jersey application, ahead of its own mappers.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Rules.class);
        config.register(EngineFailures.class);
        config.register(RestFailures.class);
    }

    static Response answer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return json(api.status().value(), api);
            }
            if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().contains("is null")) {
                return json(404, t);
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }

    private static Response json(int status, Throwable e) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(e.getClass().getSimpleName());
        dto.setMessage(e.getMessage());
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** An ApiException thrown as it is. */
    @Priority(1)
    public static class Rules implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return answer(e);
        }
    }

    /** One wrapped by the engine (an exception while invoking a listener). */
    @Priority(1)
    public static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            return answer(e);
        }
    }

    /** One wrapped by a REST resource ("Cannot complete task ..."). */
    @Priority(1)
    public static class RestFailures implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            return answer(e);
        }
    }
}
