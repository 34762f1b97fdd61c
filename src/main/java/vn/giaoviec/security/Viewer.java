package vn.giaoviec.security;

import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.Unit;

/**
 * The logged-in user's place in the organisation, read once per request: whether they cover a unit
 * is then a prefix test on the unit's materialised path, not a query per unit.
 *
 * @param unitPath the path of the user's unit ({@code /ubnd-tp/so-gddt/}); null when they have none
 */
public record Viewer(AppUser user, String unitPath) {

    public boolean admin() {
        return user.admin();
    }

    /** Whether the user's unit is this unit or above it (admin covers every unit). */
    public boolean covers(Unit unit) {
        return user.admin() || unit != null && coversPath(unit.path());
    }

    /** {@link #covers(Unit)} given the unit's path. */
    public boolean coversPath(String path) {
        return user.admin() || path != null && unitPath != null && path.startsWith(unitPath);
    }
}
