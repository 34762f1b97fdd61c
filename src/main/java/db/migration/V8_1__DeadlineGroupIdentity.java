package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V8 gave the groups made from older watches their watch's id; new groups are numbered after them.
 * In Java because neither H2 nor PostgreSQL takes a computed value in {@code RESTART WITH}.
 */
public class V8_1__DeadlineGroupIdentity extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from deadline_group")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("alter table deadline_group alter column id restart with " + next);
        }
    }
}
