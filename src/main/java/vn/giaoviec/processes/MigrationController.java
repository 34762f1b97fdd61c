package vn.giaoviec.processes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;

/**
 * {@code GET /api/processes/{key}/migration}: what moving the running instances of older versions to
 * the latest would do (nothing changes); {@code POST}: does it. The administrator's: moving the work
 * of every unit at once is not a process owner's nor a unit's decision.
 */
@RestController
class MigrationController {

    private final ProcessMigration migration;

    MigrationController(ProcessMigration migration) {
        this.migration = migration;
    }

    @GetMapping("/api/processes/{key}/migration")
    ProcessMigration.Report dryRun(@PathVariable String key, @AuthenticationPrincipal AppUser user) {
        administrator(user);
        return migration.toLatest(key, true);
    }

    @PostMapping("/api/processes/{key}/migration")
    ProcessMigration.Report migrate(@PathVariable String key, @AuthenticationPrincipal AppUser user) {
        administrator(user);
        return migration.toLatest(key, false);
    }

    private static void administrator(AppUser user) {
        if (user == null || !user.admin()) {
            throw ApiException.forbidden("only the administrator moves running instances to another version of a process");
        }
    }
}
