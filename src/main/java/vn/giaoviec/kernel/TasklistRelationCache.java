package vn.giaoviec.kernel;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletContext;

/**
 * Tasklist asks for its task lists in HAL, where Camunda embeds each listed task's process definition,
 * assignee and candidate groups, each looked up anew for every list. Camunda's own distributions cache
 * them (the REST API's HAL relation cache); its Spring Boot starter does not, so a school's first page
 * spent a third of its time on the same process definition and the same colleagues again
 * (TasklistScaleBenchmark). Definitions never change; a renamed person or unit shows its new name
 * after at most five minutes. The cache is shared by all users, and a user only meets in it the people
 * and groups named on tasks they may see.
 */
@Component
class TasklistRelationCache implements ServletContextInitializer {

    private static final String CONFIG = """
            {"cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
             "caches": {
               "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition": {"capacity": 500, "secondsToLive": 3600},
               "org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition": {"capacity": 100, "secondsToLive": 3600},
               "org.camunda.bpm.engine.rest.hal.user.HalUser": {"capacity": 5000, "secondsToLive": 300},
               "org.camunda.bpm.engine.rest.hal.group.HalGroup": {"capacity": 5000, "secondsToLive": 300}
             }}""";

    @Override
    public void onStartup(ServletContext context) {
        context.setInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME, CONFIG);
        context.addListener(HalRelationCacheBootstrap.class);
    }
}
