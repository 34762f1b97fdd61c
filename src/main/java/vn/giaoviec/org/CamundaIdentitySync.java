package vn.giaoviec.org;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation into the Camunda identity: a group per unit, a user per person, and the
 * grants without which a unit's user could not use Tasklist (its filters are the deadline module's).
 */
@Component
class CamundaIdentitySync {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void sync(List<Unit> units, OrgFile file, String password) {
        Set<String> groups = new HashSet<>();
        identity.createGroupQuery().list().forEach(g -> groups.add(g.getId()));
        Set<String> users = new HashSet<>();
        identity.createUserQuery().list().forEach(u -> users.add(u.getId()));

        for (Unit unit : units) {
            if (!groups.contains(unit.id())) {
                Group group = identity.newGroup(unit.id());
                group.setName(unit.name());
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
        for (OrgFile.UnitEntry entry : file.units()) {
            for (OrgFile.PersonEntry p : entry.peopleOrEmpty()) {
                String id = p.id() != null ? p.id() : entry.id() + "." + p.role().toLowerCase();
                if (users.contains(id)) {
                    continue;
                }
                createUser(id, p, password);
                identity.createMembership(id, entry.id());
            }
        }
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantEveryone(Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
        grantEveryone(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    /**
     * The process owners' group: deploy diagrams (Camunda Modeler, /engine-rest) and follow definitions,
     * instances and their history in Cockpit. Deleting a deployment stays with admin. Idempotent.
     */
    void syncProcessOwners(List<OrgFile.PersonEntry> owners, String group, String password) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group created = identity.newGroup(group);
            created.setName("Quản lý quy trình");
            created.setType("SYSTEM");
            identity.saveGroup(created);
        }
        for (OrgFile.PersonEntry p : owners) {
            String id = p.id() != null ? p.id() : group + ".owner";
            if (identity.createUserQuery().userId(id).count() == 0) {
                createUser(id, p, password);
            }
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
        grantGroup(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(group, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        grantGroup(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grantGroup(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grantGroup(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    }

    private void createUser(String id, OrgFile.PersonEntry p, String password) {
        User user = identity.newUser(id);
        String name = p.name() == null ? id : p.name().trim();
        int lastSpace = name.lastIndexOf(' ');
        // Camunda shows "first last": keep the Vietnamese order, given name last
        user.setFirstName(lastSpace < 0 ? name : name.substring(0, lastSpace));
        user.setLastName(lastSpace < 0 ? "" : name.substring(lastSpace + 1));
        user.setEmail(p.email());
        if (password != null && !password.isBlank()) {
            user.setPassword(password);
        }
        identity.saveUser(user);
    }

    private void grantGroup(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setUserId(Authorization.ANY);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
