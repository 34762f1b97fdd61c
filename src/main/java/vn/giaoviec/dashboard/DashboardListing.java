package vn.giaoviec.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.security.Viewer;

/**
 * The dashboard's list: the directives the viewer's unit (or a unit below it) issued, monitors or
 * received, newest first, each with its status counts over what the viewer may see of it. A page costs
 * a handful of queries, whatever the number of directives.
 */
@Component
class DashboardListing {

    static final int PAGE_SIZE = 20;

    enum Role {
        ISSUER("Đơn vị ban hành"), MONITOR("Đơn vị theo dõi"), CC("Để biết, theo dõi"), RECIPIENT("Được giao"),
        ADMIN("Quản trị");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Entry(Directive directive, String issuerName, Role role, Map<AssignmentStatus, Integer> counts, int total,
                 List<StatusChart.Segment> segments) {
        public int done() {
            return counts.get(AssignmentStatus.DONE_ON_TIME) + counts.get(AssignmentStatus.DONE_LATE);
        }

        public int donePercent() {
            return total == 0 ? 0 : Math.round(100f * done() / total);
        }
    }

    record Page(List<Entry> entries, int page, int pages, int count) {
    }

    private static final String VISIBLE = """
            from directive d where d.issuer_id in (select id from unit where path like :path)
              or d.monitoring_unit_id in (select id from unit where path like :path)
              or d.id in (select a.directive_id from assignment a join unit u on u.id = a.unit_id where u.path like :path)
              or d.id in (select c.directive_id from directive_cc c join unit u on u.id = c.unit_id where u.path like :path)""";

    private final JdbcClient jdbc;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final Access access;

    DashboardListing(JdbcClient jdbc, DirectiveRepository directives, UnitRepository units, Access access) {
        this.jdbc = jdbc;
        this.directives = directives;
        this.units = units;
        this.access = access;
    }

    Page page(Viewer viewer, int page) {
        if (!viewer.admin() && viewer.unitPath() == null) {
            return new Page(List.of(), 0, 0, 0);
        }
        String path = viewer.unitPath() + "%";
        int count = viewer.admin()
                ? jdbc.sql("select count(*) from directive").query(Integer.class).single()
                : jdbc.sql("select count(*) " + VISIBLE).param("path", path).query(Integer.class).single();
        int pages = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        String order = " order by d.issued_on desc, d.id desc limit :limit offset :offset";
        List<Long> ids = (viewer.admin()
                ? jdbc.sql("select d.id from directive d" + order)
                : jdbc.sql("select d.id " + VISIBLE + order).param("path", path))
                .param("limit", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE).query(Long.class).list();
        Map<Long, Directive> byId = directives.findByIds(ids).stream()
                .collect(Collectors.toMap(Directive::id, Function.identity()));
        List<Directive> listed = ids.stream().map(byId::get).toList();
        Map<Long, List<String>> copies = directives.ccUnitsOf(ids);
        Map<String, Unit> issuing = units.findByIds(Stream.concat(
                        listed.stream().flatMap(d -> Stream.of(d.issuerId(), d.monitoringUnitId())),
                        copies.values().stream().flatMap(List::stream)).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));

        List<Long> whole = new ArrayList<>();
        List<Long> part = new ArrayList<>();
        Map<Long, Role> roles = new HashMap<>();
        for (Directive d : listed) {
            Role role = viewer.admin() ? Role.ADMIN
                    : viewer.covers(issuing.get(d.issuerId())) ? Role.ISSUER
                    : viewer.covers(issuing.get(d.monitoringUnitId())) ? Role.MONITOR
                    : copies.getOrDefault(d.id(), List.of()).stream().map(issuing::get).anyMatch(viewer::covers)
                    ? Role.CC : Role.RECIPIENT;
            roles.put(d.id(), role);
            (role != Role.RECIPIENT || access.seesAllOf(viewer, d) ? whole : part).add(d.id());
        }
        Map<Long, Map<AssignmentStatus, Integer>> counts = new HashMap<>();
        count(whole, null, counts);
        count(part, path, counts);

        List<Entry> entries = new ArrayList<>();
        for (Directive d : listed) {
            Map<AssignmentStatus, Integer> c = counts.computeIfAbsent(d.id(), k -> zeros());
            Unit issuer = issuing.get(d.issuerId());
            entries.add(new Entry(d, issuer == null ? d.issuerId() : issuer.name(), roles.get(d.id()), c,
                    c.values().stream().mapToInt(Integer::intValue).sum(), StatusChart.of(c)));
        }
        return new Page(entries, current, pages, count);
    }

    /** Status counts of the directives' assignments, only those in the subtree {@code path} when given. */
    private void count(List<Long> directiveIds, String path, Map<Long, Map<AssignmentStatus, Integer>> counts) {
        if (directiveIds.isEmpty()) {
            return;
        }
        var query = path == null
                ? jdbc.sql("select a.* from assignment a where a.directive_id in (:ids)")
                : jdbc.sql("select a.* from assignment a join unit u on u.id = a.unit_id"
                + " where a.directive_id in (:ids) and u.path like :path").param("path", path);
        var today = Time.today();
        for (Assignment a : query.param("ids", directiveIds).query(AssignmentRepository.ASSIGNMENT).list()) {
            counts.computeIfAbsent(a.directiveId(), k -> zeros()).merge(AssignmentStatus.of(a, today), 1, Integer::sum);
        }
    }

    private static Map<AssignmentStatus, Integer> zeros() {
        Map<AssignmentStatus, Integer> zeros = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            zeros.put(s, 0);
        }
        return zeros;
    }
}
