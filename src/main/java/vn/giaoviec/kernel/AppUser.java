package vn.giaoviec.kernel;

import java.security.Principal;
import java.util.List;

/** Whoever is logged in: their Camunda user id, their unit (null for admin) and their groups. */
public record AppUser(String id, String unitId, List<String> groups, boolean admin) implements Principal {

    public static final String ADMIN_GROUP = "camunda-admin";

    /** The user id: what Spring names the logged-in user by (in every request's log event), not the whole record. */
    @Override
    public String getName() {
        return id;
    }
}
