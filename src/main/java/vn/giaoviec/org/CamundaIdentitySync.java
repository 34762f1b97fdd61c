package vn.giaoviec.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation into the Camunda identity: a group per unit, a user per person, and the
 * grants without which a unit's user could not use Tasklist (its filters are the deadline module's).
 */
@Component
class CamundaIdentitySync {

    /**
     * Units per engine command (and transaction) when creating identities: about two thousand entities
     * in one flush; the engine's ordering of a flush's inserts grows faster than their number.
     */
    private static final int CHUNK = 250;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ProcessEngineConfigurationImpl engine;

    CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations, ProcessEngine engine) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    void sync(OrgFile file, String password) {
        Map<String, Group> groups = new HashMap<>();
        identity.createGroupQuery().list().forEach(g -> groups.put(g.getId(), g));
        Set<String> users = new HashSet<>();
        identity.createUserQuery().list().forEach(u -> users.add(u.getId()));

        List<OrgFile.UnitEntry> missing = new ArrayList<>();
        for (OrgFile.UnitEntry entry : file.units()) {
            Group group = groups.get(entry.id());
            if (group != null && !Objects.equals(group.getName(), entry.name())) {
                group.setName(entry.name());
                identity.saveGroup(group);
            }
            if (group == null || entry.peopleOrEmpty().stream().anyMatch(p -> !users.contains(userId(entry, p)))) {
                missing.add(entry);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<OrgFile.UnitEntry> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            engine.getCommandExecutorTxRequired().execute(context -> create(context, chunk, groups.keySet(), users, password));
        }
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantEveryone(Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
        grantEveryone(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    /**
     * The units' missing groups, and their missing users with their membership, in one engine command:
     * through IdentityService each would be a command of its own, flushed alone (a nation's 250,000
     * of them took minutes). The engine's own identity provider still hashes the passwords and gives
     * the default grants; the ids are checked as IdentityService checks them.
     */
    private Void create(CommandContext context, List<OrgFile.UnitEntry> units, Set<String> groups, Set<String> users,
                        String password) {
        WritableIdentityProvider provider = context.getWritableIdentityProvider();
        for (OrgFile.UnitEntry entry : units) {
            if (!groups.contains(entry.id())) {
                EnsureUtil.ensureWhitelistedResourceId(context, "Group", entry.id());
                Group group = provider.createNewGroup(entry.id());
                group.setName(entry.name());
                group.setType("WORKFLOW");
                provider.saveGroup(group);
            }
            for (OrgFile.PersonEntry p : entry.peopleOrEmpty()) {
                String id = userId(entry, p);
                if (!users.contains(id)) {
                    EnsureUtil.ensureWhitelistedResourceId(context, "User", id);
                    User user = provider.createNewUser(id);
                    describe(user, p, password);
                    provider.saveUser(user);
                    provider.createMembership(id, entry.id());
                }
            }
        }
        return null;
    }

    private static String userId(OrgFile.UnitEntry unit, OrgFile.PersonEntry p) {
        return p.id() != null ? p.id() : unit.id() + "." + p.role().toLowerCase();
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
        describe(user, p, password);
        identity.saveUser(user);
    }

    private static void describe(User user, OrgFile.PersonEntry p, String password) {
        String name = p.name() == null ? user.getId() : p.name().trim();
        int lastSpace = name.lastIndexOf(' ');
        // Camunda shows "first last": keep the Vietnamese order, given name last
        user.setFirstName(lastSpace < 0 ? name : name.substring(0, lastSpace));
        user.setLastName(lastSpace < 0 ? "" : name.substring(lastSpace + 1));
        user.setEmail(p.email());
        if (password != null && !password.isBlank()) {
            user.setPassword(password);
        }
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
