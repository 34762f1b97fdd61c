package vn.giaoviec.directive.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.ArrivalNotices;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.TransactionCache;
import vn.giaoviec.org.Kinds;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitPeople;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.Tampering;

/**
 * What the assignment's Camunda Forms hold, read from our tables: what the unit fills in (its fields,
 * prefilled) as task-local variables when the task is created, and what the form only shows — the
 * letter's header, the choices of its lists, the report under review — when the form is opened
 * ({@link AssignmentFormView}).
 */
@Component
class AssignmentForms {

    /** Keys of what an issuing batch prefetches into the {@link TransactionCache}. */
    static final String ASSIGNMENT = "assignment:";
    static final String UNIT = "unitRow:";
    // a String process variable holds 4,000 characters
    private static final int SUMMARY_CHARS = 3_900;

    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final ReportRepository reports;
    private final IdentityService identity;
    private final TransactionCache cache;
    private final UnitPeople people;

    AssignmentForms(AssignmentRepository assignments, DirectiveRepository directives, UnitRepository units,
                    ReportRepository reports, IdentityService identity, TransactionCache cache,
                    UnitPeople people) {
        this.assignments = assignments;
        this.directives = directives;
        this.units = units;
        this.reports = reports;
        this.identity = identity;
        this.cache = cache;
        this.people = people;
    }

    private Directive directive(long id) {
        return cache.get("directive:" + id, () -> directives.findById(id).orElseThrow());
    }

    private List<Directive.Item> items(long directiveId) {
        return cache.get("items:" + directiveId, () -> directives.items(directiveId));
    }

    private String unitName(String id) {
        return cache.get("unit:" + id, () -> {
            Unit unit = cache.prefetched(UNIT + id, () -> units.findById(id).orElse(null));
            return unit == null ? id : unit.name();
        });
    }

    Assignment assignment(DelegateTask task) {
        long id = (Long) task.getExecution().getVariable(AssignmentProcess.ASSIGNMENT_ID);
        Assignment a = assignment(id);
        Tampering.requireOwnProcess(a.processInstanceId(), task, "assignment " + id);
        return a;
    }

    /** The assignment, from what an issuing batch read for all its assignments if it did. */
    Assignment assignment(long id) {
        return cache.prefetched(ASSIGNMENT + id, () -> assignments.findById(id).orElseThrow());
    }

    /** Tells the unit that the assignment waits in this task (see {@link ArrivalNotices}). */
    void announce(DelegateTask task, Assignment a, ArrivalNotices notices) {
        Directive d = directive(a.directiveId());
        notices.assignmentArrived(d, unitName(d.issuerId()), items(d.id()), a, unitName(a.unitId()), people.of(a.unitId()),
                task.getId());
    }

    /** The user completing the task: Tasklist's login, or the API caller the service authenticated. */
    String actor() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** The header every step of an assignment shows (and a step a process owner adds may show). */
    Map<String, Object> header(Assignment a) {
        Directive d = directive(a.directiveId());
        Map<String, Object> vars = new HashMap<>();
        vars.put("directiveNumber", d.number());
        vars.put("directiveSubject", d.subject());
        vars.put("issuerName", unitName(d.issuerId()));
        vars.put("unitName", unitName(a.unitId()));
        vars.put("deadlineText", a.deadline() == null ? "Không có thời hạn" : Time.text(a.deadline()));
        vars.put("itemsText", itemsText(d, a));
        if (!a.coordinators().isEmpty()) {
            vars.put("coordinatorsText", a.coordinators().stream().map(this::unitName).collect(Collectors.joining("; ")));
        }
        return vars;
    }

    /** {@link TaskTitles} of the step for this assignment; {@code about} defaults to the letter's subject. */
    String title(DelegateTask task, Assignment a, LocalDate due, String about) {
        Directive d = directive(a.directiveId());
        return TaskTitles.of(task.getName(), d.number(), due, about != null ? about : d.subject());
    }

    /** The name of the assignment's unit (cached for the transaction). */
    String unitNameOf(Assignment a) {
        return unitName(a.unitId());
    }

    /** Tiếp nhận: the unit's choice and, for a unit with units below it, its implementation letter, prefilled. */
    Map<String, Object> receiveFields(Assignment a) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("mode", null);
        vars.put("assignee", null);
        Unit unit = unit(a);
        List<Unit> subtree = subtree(unit);
        if (recipientOptions(unit, subtree).isEmpty()) {
            return vars; // a school, or any unit with nobody below it, cannot cascade: no letter to draft
        }
        vars.put("childRecipients", FormVariables.json(List.of()));
        vars.put("childNumber", childNumber(unit, subtree));
        vars.put("childPlace", null);
        vars.put("childSubject", null);
        vars.put("childItems", FormVariables.json(items(a.directiveId()).stream()
                .filter(i -> a.itemNos().contains(i.no()))
                .map(i -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("no", i.no());
                    row.put("text", i.text());
                    row.put("deadline", Time.text(a.deadline()));
                    return row;
                }).toList()));
        return vars;
    }

    /** The choices Tiếp nhận offers: the unit's people, how to carry the work out, the units below. */
    Map<String, Object> receiveChoices(Assignment a) {
        Map<String, Object> vars = new HashMap<>();
        List<Person> members = people.of(a.unitId());
        vars.put("memberOptions", members.stream()
                .map(p -> Map.of("label", (p.name() == null ? p.id() : p.name()) + " (" + p.id() + ")", "value", p.id()))
                .toList());
        Unit unit = unit(a);
        List<Map<String, String>> recipients = recipientOptions(unit, subtree(unit));
        List<Map<String, String>> modes = new ArrayList<>(List.of(
                Map.of("label", "Đơn vị tự thực hiện và báo cáo", "value", AssignmentProcess.DIRECT)));
        if (!recipients.isEmpty()) {
            modes.add(Map.of("label", "Ban hành văn bản triển khai cho các đơn vị cấp dưới", "value", AssignmentProcess.CASCADE));
            vars.put("recipientOptions", recipients);
        }
        vars.put("modeOptions", modes);
        return vars;
    }

    private Unit unit(Assignment a) {
        return cache.prefetched(UNIT + a.unitId(), () -> units.findById(a.unitId()).orElseThrow());
    }

    private List<Unit> subtree(Unit unit) {
        return Kinds.SCHOOLS.contains(unit.kind()) ? List.of()
                : cache.get("subtree:" + unit.id(), () -> units.within(unit, List.of()));
    }

    Map<String, Object> reportFields(Assignment a) {
        Report previous = reports.latest(a.id()).orElse(null);
        Map<String, Report.Item> before = new HashMap<>();
        if (previous != null) {
            previous.items().forEach(i -> before.put(i.no(), i));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("reportItems", FormVariables.json(items(a.directiveId()).stream()
                .filter(i -> a.itemNos().contains(i.no()))
                .map(i -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("no", i.no());
                    row.put("text", i.text());
                    row.put("status", before.containsKey(i.no()) ? before.get(i.no()).status() : null);
                    row.put("result", before.containsKey(i.no()) ? before.get(i.no()).result() : null);
                    return row;
                }).toList()));
        vars.put("difficulties", previous == null ? null : previous.difficulties());
        vars.put("proposals", previous == null ? null : previous.proposals());
        return vars;
    }

    /** What Nộp báo cáo shows: why the report came back, and what the units below reported (after a cascade). */
    Map<String, Object> reportShown(Assignment a) {
        Report previous = reports.latest(a.id()).orElse(null);
        Map<String, Object> vars = new HashMap<>();
        vars.put("returnComment", previous != null && "RETURN".equals(previous.decision()) ? previous.reviewComment() : "");
        vars.put("childSummary", a.childDirectiveId() == null ? "" : childSummary(a.childDirectiveId()));
        return vars;
    }

    Map<String, Object> reviewFields(Assignment a) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("decision", null);
        vars.put("comment", null);
        return vars;
    }

    /** The report under review, as Xem xét báo cáo shows it. */
    Map<String, Object> reviewShown(Assignment a) {
        Report report = reports.latest(a.id()).orElseThrow();
        String body = report.items().stream()
                .map(i -> i.no() + ". " + i.statusLabel() + (i.result() == null ? "" : ": " + i.result()))
                .collect(Collectors.joining("\n"));
        Map<String, Object> vars = new HashMap<>();
        vars.put("reportText", body);
        vars.put("reportDifficulties", report.difficulties() == null ? "" : report.difficulties());
        vars.put("reportProposals", report.proposals() == null ? "" : report.proposals());
        vars.put("submittedText", "Nộp lúc " + report.submittedAt().atZone(vn.giaoviec.kernel.Time.ZONE)
                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")) + " bởi " + report.submittedBy()
                + (report.late() ? " — quá hạn" : " — đúng hạn"));
        return vars;
    }

    /**
     * The unit's latest report in a few lines, for a step a process owner adds (a head's approval):
     * the letter, each item's status and result, difficulties and proposals. Cut to what a String
     * variable holds; the directive's page shows it whole.
     */
    String reportSummary(Assignment a) {
        Directive d = directive(a.directiveId());
        Map<String, Object> review = reviewShown(a);
        String summary = "Báo cáo của " + unitName(a.unitId()) + " theo văn bản " + d.number() + " (" + d.subject() + ")\n"
                + review.get("reportText")
                + (((String) review.get("reportDifficulties")).isEmpty() ? "" : "\nKhó khăn, vướng mắc: " + review.get("reportDifficulties"))
                + (((String) review.get("reportProposals")).isEmpty() ? "" : "\nKiến nghị, đề xuất: " + review.get("reportProposals"));
        return summary.length() <= SUMMARY_CHARS ? summary
                : summary.substring(0, SUMMARY_CHARS) + "… (xem đầy đủ trên trang văn bản)";
    }

    private String itemsText(Directive d, Assignment a) {
        return a.itemsText(items(d.id()));
    }

    /**
     * The implementation letter's number with its numeric part blank: the unit's symbol, then that of
     * its one division when it has exactly one (a ward's "UBND-VHXX", Decree 30's drafting division),
     * which then monitors the letter; the clerk may change it.
     */
    static String childNumber(Unit unit, List<Unit> subtree) {
        List<Unit> divisions = subtree.stream()
                .filter(u -> unit.id().equals(u.parentId()) && "phong".equals(u.kind()) && u.symbol() != null).toList();
        return "/" + (unit.symbol() == null ? "" : unit.symbol())
                + (divisions.size() == 1 ? "-" + divisions.get(0).symbol() : "");
    }

    /** Child units one by one, and "every school of a kind" selectors of the unit's subtree. */
    private List<Map<String, String>> recipientOptions(Unit unit, List<Unit> subtree) {
        List<Map<String, String>> options = new ArrayList<>();
        for (String kind : List.of("phong", "mam-non", "tieu-hoc", "thcs", "thpt")) {
            long count = subtree.stream().filter(u -> u.kind().equals(kind) && !u.id().equals(unit.id())).count();
            if (count > 1) {
                options.add(Map.of("label", "Tất cả " + Kinds.pluralName(kind) + " (" + count + ")",
                        "value", kind + "@" + unit.id()));
            }
        }
        if (subtree.stream().filter(u -> Kinds.SCHOOLS.contains(u.kind())).count() > 1) {
            options.add(Map.of("label", "Tất cả trường học trực thuộc", "value", Kinds.SCHOOL_SHORTHAND + "@" + unit.id()));
        }
        subtree.stream().filter(u -> unit.id().equals(u.parentId()))
                .forEach(u -> options.add(Map.of("label", u.name(), "value", u.id())));
        return options;
    }

    private String childSummary(long childDirectiveId) {
        Directive child = directives.findById(childDirectiveId).orElseThrow();
        List<Assignment> childAssignments = assignments.ofDirective(childDirectiveId);
        var childReports = reports.ofAssignments(childAssignments.stream().map(Assignment::id).toList());
        StringBuilder text = new StringBuilder("Kết quả của các đơn vị theo văn bản " + child.number() + ":\n");
        for (Assignment ca : childAssignments) {
            List<Report> rs = childReports.getOrDefault(ca.id(), List.of());
            Report last = rs.isEmpty() ? null : rs.get(rs.size() - 1);
            text.append("- ").append(units.nameOf(ca.unitId())).append(": ");
            if (last == null) {
                text.append("chưa báo cáo");
            } else {
                text.append(last.items().stream().map(i -> i.no() + ". " + i.statusLabel()
                        + (i.result() == null ? "" : " (" + i.result() + ")")).collect(Collectors.joining("; ")));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
