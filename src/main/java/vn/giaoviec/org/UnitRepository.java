package vn.giaoviec.org;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and people in our tables; subtrees are prefix queries on the materialised path. */
@Repository
public class UnitRepository {

    private static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getString("id"), rs.getString("name"),
            rs.getString("symbol"), rs.getString("kind"), rs.getString("parent_id"), rs.getString("path"));
    private static final RowMapper<Person> PERSON = (rs, i) -> new Person(rs.getString("id"),
            rs.getString("unit_id"), rs.getString("role"), rs.getString("name"), rs.getString("email"),
            rs.getString("phone"));

    /** Rows per JDBC batch: the loader writes a nation's 50,000 units and 100,000 people in batches. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UnitRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Unit> findById(String id) {
        return jdbc.sql("select * from unit where id = ?").param(id).query(UNIT).optional();
    }

    /** The unit's name as forms, titles and mails show it; its id for a unit the organisation no longer has. */
    public String nameOf(String id) {
        return findById(id).map(Unit::name).orElse(id);
    }

    public List<Unit> findAll() {
        return jdbc.sql("select * from unit order by path").query(UNIT).list();
    }

    /** Units of the given kinds (all kinds when empty) in the subtree of {@code root}, root included. */
    public List<Unit> within(Unit root, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return jdbc.sql("select * from unit where path like ? order by path")
                    .param(root.path() + "%").query(UNIT).list();
        }
        return jdbc.sql("select * from unit where path like :path and kind in (:kinds) order by path")
                .param("path", root.path() + "%").param("kinds", kinds).query(UNIT).list();
    }

    public List<Unit> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("select * from unit where id in (:ids)").param("ids", ids).query(UNIT).list();
    }

    public List<Person> peopleOf(Collection<String> unitIds) {
        return unitIds.isEmpty() ? List.of()
                : jdbc.sql("select * from person where unit_id in (:ids) order by role, id").param("ids", unitIds)
                .query(PERSON).list();
    }

    public List<Person> peopleOf(String unitId) {
        return jdbc.sql("select * from person where unit_id = ? order by role, id").param(unitId).query(PERSON).list();
    }

    /** The people a unit's notices go to: its focal person(s) first, then its head (everyone, if it has neither). */
    public List<Person> contactsOf(String unitId) {
        return contacts(peopleOf(unitId));
    }

    /** {@link #contactsOf} among a unit's people read before. */
    public static List<Person> contacts(List<Person> people) {
        List<Person> chosen = new java.util.ArrayList<>(people.stream().filter(p -> Person.FOCAL.equals(p.role())).toList());
        people.stream().filter(p -> Person.HEAD.equals(p.role())).forEach(chosen::add);
        return chosen.isEmpty() ? people : chosen;
    }

    /** Whom a task addressed to the unit is assigned to: its (first) focal person, else its head; null if neither. */
    public static String focal(List<Person> people) {
        return contacts(people).stream().filter(p -> !Person.STAFF.equals(p.role())).map(Person::id).findFirst()
                .orElse(null);
    }

    /** The unit's head among its people read before: the person with role HEAD. */
    public static Optional<Person> head(List<Person> people) {
        return people.stream().filter(p -> Person.HEAD.equals(p.role())).findFirst();
    }

    public String focalOf(String unitId) {
        return focal(peopleOf(unitId));
    }

    public Optional<Person> person(String userId) {
        return jdbc.sql("select * from person where id = ?").param(userId).query(PERSON).optional();
    }

    /** A unit as the loader writes it: with whether it takes its notices of new work as one daily digest. */
    record UnitRow(Unit unit, boolean noticeDigest) {
    }

    Map<String, UnitRow> unitRows() {
        Map<String, UnitRow> rows = new HashMap<>();
        jdbc.sql("select * from unit").query((rs, i) -> new UnitRow(UNIT.mapRow(rs, i), rs.getBoolean("notice_digest")))
                .list().forEach(row -> rows.put(row.unit().id(), row));
        return rows;
    }

    Map<String, Person> people() {
        Map<String, Person> people = new HashMap<>();
        jdbc.sql("select * from person").query(PERSON).list().forEach(p -> people.put(p.id(), p));
        return people;
    }

    void insertUnits(List<UnitRow> rows) {
        batch.batchUpdate("insert into unit (id, name, symbol, kind, parent_id, path, notice_digest) values (?, ?, ?, ?, ?, ?, ?)",
                rows, BATCH, (ps, row) -> {
                    Unit u = row.unit();
                    set(ps, u.id(), u.name(), u.symbol(), u.kind(), u.parentId(), u.path(), row.noticeDigest());
                });
    }

    /** Name, symbol, kind and notices; a unit keeps its place in the tree. */
    void updateUnits(List<UnitRow> rows) {
        batch.batchUpdate("update unit set name = ?, symbol = ?, kind = ?, notice_digest = ? where id = ?", rows, BATCH,
                (ps, row) -> {
                    Unit u = row.unit();
                    set(ps, u.name(), u.symbol(), u.kind(), row.noticeDigest(), u.id());
                });
    }

    void insertPeople(List<Person> people) {
        batch.batchUpdate("insert into person (unit_id, role, name, email, phone, id) values (?, ?, ?, ?, ?, ?)", people,
                BATCH, UnitRepository::setPerson);
    }

    void updatePeople(List<Person> people) {
        batch.batchUpdate("update person set unit_id = ?, role = ?, name = ?, email = ?, phone = ? where id = ?", people,
                BATCH, UnitRepository::setPerson);
    }

    private static void setPerson(PreparedStatement ps, Person p) throws SQLException {
        set(ps, p.unitId(), p.role(), p.name(), p.email(), p.phone(), p.id());
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
