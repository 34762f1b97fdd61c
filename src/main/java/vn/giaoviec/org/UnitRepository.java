package vn.giaoviec.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findById(String id) {
        return jdbc.sql("select * from unit where id = ?").param(id).query(UNIT).optional();
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

    /** Whether the unit takes its notices of new work as one daily digest. */
    void noticeDigest(String unitId, boolean digest) {
        jdbc.sql("update unit set notice_digest = ? where id = ?").params(digest, unitId).update();
    }

    public Optional<Person> person(String userId) {
        return jdbc.sql("select * from person where id = ?").param(userId).query(PERSON).optional();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from unit where id = ?").param(id).query(Integer.class).single() > 0;
    }

    void insert(Unit unit) {
        jdbc.sql("insert into unit (id, name, symbol, kind, parent_id, path) values (?, ?, ?, ?, ?, ?)")
                .params(unit.id(), unit.name(), unit.symbol(), unit.kind(), unit.parentId(), unit.path()).update();
    }

    void update(Unit unit) {
        jdbc.sql("update unit set name = ?, symbol = ?, kind = ? where id = ?")
                .params(unit.name(), unit.symbol(), unit.kind(), unit.id()).update();
    }

    void upsert(Person person) {
        int updated = jdbc.sql("update person set unit_id = ?, role = ?, name = ?, email = ?, phone = ? where id = ?")
                .params(person.unitId(), person.role(), person.name(), person.email(), person.phone(), person.id())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into person (id, unit_id, role, name, email, phone) values (?, ?, ?, ?, ?, ?)")
                    .params(person.id(), person.unitId(), person.role(), person.name(), person.email(), person.phone())
                    .update();
        }
    }
}
