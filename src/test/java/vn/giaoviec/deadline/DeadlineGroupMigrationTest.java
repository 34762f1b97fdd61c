package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deployment that ran before deadline groups has one deadline-watch process per watch, holding the
 * watch's id. After the upgrade each such watch is a group of one with that same id (so the running
 * process goes on as it is), and new groups are numbered after them.
 */
class DeadlineGroupMigrationTest {

    @Test
    void watchesArmedBeforeBecomeGroupsOfOneWithTheirOwnId() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:group-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        Timestamp now = Timestamp.from(Instant.parse("2026-03-02T02:00:00Z"));
        jdbc.sql("insert into unit (id, name, kind, path) values ('so', 'Sở', 'so', '/so/')").update();
        jdbc.sql("insert into unit (id, name, kind, path, parent_id) values ('thpt', 'THPT', 'thpt', '/so/thpt/', 'so')").update();
        jdbc.sql("insert into directive (number, number_no, number_year, type, issuer_id, monitoring_unit_id, issued_on,"
                + " subject, state, created_at) values ('1/SGDĐT-VP', 1, 2026, 'CV', 'so', 'so', ?, 'V/v thử', 'ACTIVE', ?)")
                .params(Date.valueOf("2026-03-02"), now).update();
        long directive = jdbc.sql("select id from directive").query(Long.class).single();
        jdbc.sql("insert into assignment (directive_id, unit_id, item_nos, batch_no, state) values (?, 'thpt', '1', 0, 'ISSUED')")
                .param(directive).update();
        long assignment = jdbc.sql("select id from assignment").query(Long.class).single();
        // two watches armed before: one delivered (its process deleted), one still waiting in its own process
        for (String[] w : new String[][]{{"DONE", "pi-done"}, {"OPEN", "pi-open"}}) {
            jdbc.sql("insert into deadline_watch (directive_id, assignment_id, unit_id, due, state, reminded_at,"
                    + " process_instance_id, armed_at) values (?, ?, 'thpt', ?, ?, ?, ?, ?)")
                    .params(directive, assignment, Date.valueOf(LocalDate.of(2026, 3, 13)), w[0], now, w[1], now).update();
        }
        List<Long> watches = jdbc.sql("select id from deadline_watch order by id").query(Long.class).list();

        Flyway.configure().dataSource(database).load().migrate();

        List<Map<String, Object>> groups = jdbc.sql("select id, state, shared, reminded_at, process_instance_id"
                + " from deadline_group order by id").query().listOfRows();
        assertThat(groups).extracting(g -> ((Number) g.get("ID")).longValue()).containsExactlyElementsOf(watches);
        assertThat(groups).extracting(g -> g.get("PROCESS_INSTANCE_ID")).containsExactly("pi-done", "pi-open");
        assertThat(groups).extracting(g -> g.get("SHARED")).containsOnly(false);
        assertThat(groups.get(1).get("REMINDED_AT")).isNotNull();
        assertThat(jdbc.sql("select count(*) from deadline_watch where group_id = id").query(Long.class).single()).isEqualTo(2);
        // the next group is numbered after them
        jdbc.sql("insert into deadline_group (directive_id, due, shared, state, created_at) values (?, ?, true, 'OPEN', ?)")
                .params(directive, Date.valueOf("2026-03-31"), now).update();
        assertThat(jdbc.sql("select max(id) from deadline_group").query(Long.class).single()).isGreaterThan(watches.get(1));
    }
}
