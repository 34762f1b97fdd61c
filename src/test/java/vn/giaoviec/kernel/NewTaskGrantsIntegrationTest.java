package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoviec.IntegrationTest;

/** The grants Camunda gives a task's assignee and candidates, as our start leaves them. */
@IntegrationTest
class NewTaskGrantsIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    TaskService tasks;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    private String deployment;
    private String taskId;

    @BeforeEach
    void startTask() {
        deployment = repository.createDeployment().addModelInstance("grant-test.bpmn",
                Bpmn.createExecutableProcess("grant-test").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("UserTask_Try").name("Tiếp nhận nhiệm vụ thử")
                        .camundaAssignee("grant-test.focal").camundaCandidateGroups("grant-test")
                        .endEvent().done()).deploy().getId();
        String instance = runtime.startProcessInstanceByKey("grant-test").getId();
        taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void aNewTaskGrantsItsAssigneeAndGroupAndALaterLinkExtendsTheGrantThatIsInTheDatabase() {
        assertThat(grants()).extracting(Authorization::getUserId, Authorization::getGroupId)
                .containsExactlyInAnyOrder(tuple("grant-test.focal", null), tuple(null, "grant-test"));
        assertThat(grants()).allSatisfy(g -> assertThat(g.isPermissionGranted(Permissions.READ)).isTrue());

        // a later command finds the assignee's grant in the database and extends it: still one row per user
        tasks.addCandidateUser(taskId, "grant-test.focal");
        tasks.addCandidateGroup(taskId, "grant-test");
        assertThat(grants()).hasSize(2);
    }

    @Test
    void onlyATaskMadeInTheRunningCommandSkipsTheQuery() {
        assertThat(engine.getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrants.Provider.class);
        engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity fresh = new TaskEntity();
            fresh.setId("grant-test-new");
            context.getDbEntityManager().insert(fresh);
            assertThat(NewTaskGrants.Provider.madeInThisCommand(Resources.TASK, fresh.getId())).isTrue();
            // the task of an earlier command, read in this one
            context.getTaskManager().findTaskById(taskId);
            assertThat(NewTaskGrants.Provider.madeInThisCommand(Resources.TASK, taskId)).isFalse();
            assertThat(NewTaskGrants.Provider.madeInThisCommand(Resources.PROCESS_DEFINITION, fresh.getId())).isFalse();
            context.getDbEntityManager().delete(fresh); // never reaches the database
            return null;
        });
    }

    private List<Authorization> grants() {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list();
    }
}
