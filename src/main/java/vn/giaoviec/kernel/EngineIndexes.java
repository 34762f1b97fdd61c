package vn.giaoviec.kernel;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index the engine's own schema lacks. Completing a task makes Camunda look for the task's
 * subtasks by {@code PARENT_TASK_ID_}, which has no index: a full scan of ACT_RU_TASK on every
 * completion, 26 ms at 100,000 open tasks on PostgreSQL, longer than the rest of the completion
 * (CompletionBenchmark with {@code -Dgiaoviec.benchmark.open-tasks}). Made here, once the engine has
 * created or updated its tables; our Flyway migrations run before that on a new database.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final String TASK_PARENT = "create index if not exists GV_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            jdbc.execute(TASK_PARENT);
        } catch (DataAccessException e) {
            // two nodes starting together on a new database: the other one made it meanwhile
            jdbc.execute(TASK_PARENT);
        }
    }
}
