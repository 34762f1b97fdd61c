package vn.giaoviec.kernel;

import java.util.List;

/** Whoever is logged in: their Camunda user id, their unit (null for admin) and their groups. */
public record AppUser(String id, String unitId, List<String> groups, boolean admin) {

    public static final String ADMIN_GROUP = "camunda-admin";
}
