package vn.giaoviec.kernel;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks, made once the engine has created or updated its tables (our
 * Flyway migrations run before that on a new database).
 * <ul>
 * <li>Completing a task makes Camunda look for the task's subtasks by {@code PARENT_TASK_ID_}: without
 * an index a full scan of ACT_RU_TASK on every completion, 26 ms at 100,000 open tasks on PostgreSQL
 * (CompletionBenchmark with {@code -Dgiaoviec.benchmark.open-tasks}).</li>
 * <li>Every task query with authorizations on reads the user's grants "granted to the user or to '*',
 * or to one of the user's groups". Camunda indexes grants by group, but by user only behind the grant's
 * type, so PostgreSQL can fetch the user's part only by reading all grants — two per open task. Whether
 * it does depends on its statistics: on some samples it plans a parallel scan of the 200,000 grants of
 * 100,000 open tasks for every Tasklist list and count (33 ms each instead of under 1 ms,
 * TasklistScaleBenchmark).</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final List<String> INDEXES = List.of(
            "create index if not exists GV_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            "create index if not exists GV_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_)");

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        for (String index : INDEXES) {
            try {
                jdbc.execute(index);
            } catch (DataAccessException e) {
                // two nodes starting together on a new database: the other one made it meanwhile
                jdbc.execute(index);
            }
        }
    }
}
