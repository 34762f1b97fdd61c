package vn.giaoviec.kernel;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * With authorizations on, Camunda grants a task to its assignee and to each candidate group, and first
 * asks the database for a grant on that task to extend: two queries for every task we create, 15 % of
 * the job executor's samples while a directive is issued to 2,000 schools (IssueBenchmark, Java Flight
 * Recorder). A task made in the running command has a new id, so the database holds no grant on it;
 * grants made earlier in the same command are still found, in the command's cache, by Camunda's own
 * code. Every other task is asked about as before.
 */
@Component
class NewTaskGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
            return madeInThisCommand(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
        }

        @Override
        protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
            return madeInThisCommand(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
        }

        static boolean madeInThisCommand(Resource resource, String taskId) {
            if (resource.resourceType() != Resources.TASK.resourceType()) {
                return false;
            }
            DbEntityManager rows = Context.getCommandContext().getDbEntityManager();
            TaskEntity task = rows.getCachedEntity(TaskEntity.class, taskId);
            return task != null && rows.getDbEntityCache().isTransient(task);
        }
    }
}
