package vn.giaoviec.deadline;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.AssignmentProcess;

/**
 * The filters every unit's user finds in Tasklist, first one selected: all of the unit's open work;
 * what is in its reminder window; what is past its deadline; the reports and requests waiting for the
 * user's unit to decide. Each lists the unit's tasks by deadline, the most overdue first. Only admin
 * reads "Tất cả nhiệm vụ", and it comes first for admin: admin belongs to no unit, so its own unit's
 * list would always be empty. Created once; an existing filter of the same name is left as it is.
 */
@Component
@Order(2)
class TasklistFilters implements ApplicationRunner {

    static final String MY_UNIT = "Việc của đơn vị tôi";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";
    static final String TO_REVIEW = "Chờ tôi duyệt";
    static final String ALL_TASKS = "Tất cả nhiệm vụ";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        forEveryone(MY_UNIT, -10, "Mọi nhiệm vụ đang mở của đơn vị tôi, hạn gần nhất trước", mine());
        forEveryone(DUE_SOON, -9, "Đã đến ngày nhắc hạn, chưa quá hạn",
                mine().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"));
        forEveryone(OVERDUE, -8, "Đã quá hạn, chưa hoàn thành", mine().dueBeforeExpression("${now()}"));
        forEveryone(TO_REVIEW, -7, "Báo cáo và đề nghị gia hạn chờ đơn vị tôi xem xét",
                mine().taskDefinitionKeyIn(AssignmentProcess.REVIEW_REPORT, DeadlineProcess.DECIDE_EXTENSION));
        if (filters.createFilterQuery().filterName(ALL_TASKS).count() == 0) {
            filters.saveFilter(filter(ALL_TASKS, -11, "Mọi nhiệm vụ đang mở (quản trị)",
                    tasks.createTaskQuery().orderByDueDate().asc()));
        }
    }

    /** The tasks of the user's groups, whoever holds them now. */
    private TaskQuery mine() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc();
    }

    private void forEveryone(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        String id = existing != null ? existing.getId() : filters.saveFilter(filter(name, priority, description, query)).getId();
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(id).count() > 0;
        if (!granted) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            grant.setUserId(Authorization.ANY);
            grant.setResource(Resources.FILTER);
            grant.setResourceId(id);
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
    }

    private Filter filter(String name, int priority, String description, TaskQuery query) {
        // no "variables" to show: the task's name says the letter, the deadline and whose it is, at no extra query
        Map<String, Object> properties = new HashMap<>(Map.of("description", description, "priority", priority,
                "refresh", true));
        return filters.newTaskFilter(name).setOwner("admin").setProperties(properties).setQuery(query);
    }
}
