package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Scenario;

/** The engine's task queries read through the remembered methods and find what they found before. */
@IntegrationTest
class QueryPropertyReadersIntegrationTest {

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    @Test
    void taskQueriesReadTheirMethodNamedConditionsThroughTheRememberedReaders() throws OgnlException {
        assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class)).isInstanceOf(QueryPropertyReaders.Readers.class);

        scenario.issue("9161/SGDĐT-VP", List.of("thpt-tran-phu", "thpt-ngo-quyen"), LocalDate.of(2099, 9, 30), Map.of());
        List<Task> received = scenario.tasksOf("assignment", "9161/SGDĐT-VP");
        assertThat(received).hasSize(2);
        Task first = received.get(0);

        // query.isOrQueryActive: an "or" query's conditions are joined with "or"
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("9161/SGDĐT-VP")
                .or().taskId(first.getId()).taskName("không có nhiệm vụ này").endOr().list())
                .extracting(Task::getId).containsExactly(first.getId());
        // query.isWithoutTenantId: our tasks belong to no tenant
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("9161/SGDĐT-VP").withoutTenantId().count()).isEqualTo(2);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("9161/SGDĐT-VP").tenantIdIn("other").count()).isZero();
    }
}
