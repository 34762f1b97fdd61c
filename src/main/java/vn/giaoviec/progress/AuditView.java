package vn.giaoviec.progress;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.Access;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.security.Viewer;

/**
 * A directive's audit trail as a user may read it: all of it for whoever sees all of the directive
 * (issuer, monitoring unit, units above them, those it was sent to), else what was done to the
 * assignments of the user's subtree and to the directive as a whole.
 */
@Component
public class AuditView {

    /** DESIGN §5: {@code [{"at","user","unit","door","action","assignment","details"}]}. */
    public record Row(Instant at, String user, String unit, String door, String action, Long assignment, String details) {
    }

    public static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("REGISTERED", "Đăng ký, ban hành"), Map.entry("RECEIVED", "Tiếp nhận"),
            Map.entry("REPORTED", "Nộp báo cáo"), Map.entry("REPORT_ACCEPTED", "Chấp nhận báo cáo"),
            Map.entry("REPORT_RETURNED", "Trả lại báo cáo"), Map.entry("EXTENSION_ASKED", "Xin gia hạn"),
            Map.entry("EXTENSION_REFUSED", "Không đồng ý gia hạn"), Map.entry("EXTENDED", "Gia hạn"),
            Map.entry("REASSIGNED", "Giao lại"), Map.entry("LATENESS_RECORDED", "Ghi nhận chậm trễ"),
            Map.entry("WITHDRAWN", "Thu hồi"), Map.entry("ROUND_REQUESTED", "Yêu cầu báo cáo đột xuất"),
            Map.entry("ROUND_REPORTED", "Nộp báo cáo theo kỳ"), Map.entry("FINAL_REPORT", "Tổng hợp báo cáo kết quả"),
            Map.entry("LOGIN_FAILED", "Đăng nhập không thành công"));
    public static final Map<String, String> DOORS = Map.of("API", "API", "TASKLIST", "Tasklist", "ENGINE_REST",
            "Engine REST", "DASHBOARD", "Trang theo dõi", "SYSTEM", "Hệ thống");

    private final AuditLog audit;
    private final Access access;
    private final JdbcClient jdbc;

    AuditView(AuditLog audit, Access access, JdbcClient jdbc) {
        this.audit = audit;
        this.access = access;
        this.jdbc = jdbc;
    }

    public List<Row> of(Directive d, AppUser user) {
        Viewer viewer = access.viewer(user);
        boolean all = access.requireSees(viewer, d);
        Set<Long> mine = all ? Set.of() : new HashSet<>(jdbc.sql("select a.id from assignment a join unit u"
                        + " on u.id = a.unit_id where a.directive_id = ? and u.path like ?")
                .params(d.id(), viewer.unitPath() + "%").query(Long.class).list());
        return audit.ofDirectives(List.of(d.id())).stream()
                .filter(e -> all || e.assignment() == null || mine.contains(e.assignment()))
                .map(e -> new Row(e.at(), e.user(), e.unit(), e.door().name(), e.action(), e.assignment(), e.details()))
                .toList();
    }
}
