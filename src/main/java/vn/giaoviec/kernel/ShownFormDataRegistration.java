package vn.giaoviec.kernel;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@link ShownFormDataFilter} on the engine's two doors only (a web slice test has neither). */
@Configuration
class ShownFormDataRegistration {

    @Bean
    FilterRegistrationBean<ShownFormDataFilter> shownFormData(List<ShownFormData> sources, TaskFormFields fields,
                                                              TaskService tasks, IdentityService identity, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ShownFormDataFilter(sources, fields, tasks, identity, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("shown-form-data");
        // after Camunda's Basic filter on /engine-rest (SecurityConfig), which tells who submits a form
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
