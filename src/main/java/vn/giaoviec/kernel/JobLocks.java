package vn.giaoviec.kernel;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A node that died leaves its jobs locked (issuing batches, timers) until their lock expires; Camunda
 * gives each start a new lock owner, so not even the same node coming back would take them early. Here
 * the job executor locks as the {@link Node}, and a starting node first releases the locks still held
 * in its name — it runs nothing yet, so they are a dead predecessor's — and the work resumes at once.
 * Another node takes a dead node's jobs when their lock expires ({@code lock-time-in-millis}).
 */
@Component
class JobLocks extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

    private final Node node;
    private final JdbcTemplate jdbc;

    JobLocks(Node node, JdbcTemplate jdbc) {
        this.node = node;
        this.jdbc = jdbc;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(node.id());
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // Camunda offers no call to unlock a job: the table is the engine's, the columns its documented lock
        int released = jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?",
                node.id());
        if (released > 0) {
            log.warn("Node {} restarted: {} job(s) it held when it stopped released for its job executor", node.id(),
                    released);
        }
    }
}
