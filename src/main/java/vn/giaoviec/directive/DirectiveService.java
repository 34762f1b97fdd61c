package vn.giaoviec.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentDeadlines;
import vn.giaoviec.directive.assignment.AssignmentRepository.NewAssignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Lines;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.RecipientResolver;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * Registers directives: validates a body, stores the directive, its items and one assignment per
 * recipient unit and deadline, all or nothing. Issuing the assignments is the process's job.
 */
@Service
public class DirectiveService {

    public record Registered(Directive directive, int assignmentCount, List<String> warnings) {
    }

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final RecipientResolver resolver;
    private final RuntimeService runtime;
    private final int batchSize;
    private final ArrivalNotices notices;
    private final AuditLog audit;
    private final AssignmentDeadlines deadlines;

    DirectiveService(DirectiveRepository directives, AssignmentRepository assignments, UnitRepository units,
                     RecipientResolver resolver, RuntimeService runtime,
                     @Value("${giaoviec.issue.batch-size:250}") int batchSize, ArrivalNotices notices, AuditLog audit,
                     AssignmentDeadlines deadlines) {
        this.deadlines = deadlines;
        this.audit = audit;
        this.notices = notices;
        this.directives = directives;
        this.assignments = assignments;
        this.units = units;
        this.resolver = resolver;
        this.runtime = runtime;
        this.batchSize = batchSize;
    }

    /** Registers a top-level directive and starts its process (the cascade then runs asynchronously). */
    @Transactional
    public Registered registerAndIssue(DirectiveBody body, String actorId) {
        if (body.parentAssignment() != null) {
            throw ApiException.unprocessable("a directive that implements an assignment is registered by receiving"
                    + " that assignment: POST /api/assignments/" + body.parentAssignment()
                    + "/receive with mode CASCADE");
        }
        Registered registered = register(body, null, actorId);
        start(registered.directive());
        return registered;
    }

    /**
     * Registers the letter a unit issues from a step of its assignment (element template "Giao việc
     * cho đơn vị") and starts it at once: the assignment goes on without waiting for it.
     */
    @Transactional
    public Registered registerAndIssue(DirectiveBody body, Assignment parent) {
        Registered registered = register(body, parent, null);
        start(registered.directive());
        return registered;
    }

    private void start(Directive d) {
        String pid = runtime.startProcessInstanceByKey(DirectiveProcess.KEY, d.number(),
                Map.of(DirectiveProcess.DIRECTIVE_ID, d.id())).getId();
        directives.setProcessInstance(d.id(), pid);
    }

    /**
     * Validates and stores a directive. {@code parent} is the assignment it implements (a cascade), or
     * null. Throws {@link ApiException} (422, 409) and stores nothing when anything is wrong.
     */
    @Transactional
    public Registered register(DirectiveBody body, Assignment parent, String actorId) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String issuerId = parent != null ? parent.unitId() : body.issuer();
        if (parent != null && body.issuer() != null && !body.issuer().equals(parent.unitId())) {
            problems.add("issuer must be " + parent.unitId() + ", the unit that received the assignment");
        }
        Unit issuer = issuerId == null ? null : units.findById(issuerId).orElse(null);
        if (issuerId == null || issuerId.isBlank()) {
            problems.add("issuer is required");
        } else if (issuer == null) {
            problems.add("unknown unit: " + issuerId + " (issuer)");
        }

        TextLimits.check(problems, "number", body.number(), TextLimits.NUMBER);
        DocumentNumber number = body.number() == null || body.number().isBlank() ? null : DocumentNumber.parse(body.number());
        if (body.number() != null && !body.number().isBlank() && number == null) {
            problems.add("number must look like 8628/SGDĐT-VP or 570/KH-SGDĐT (numeric part may be blank): " + body.number());
        }
        String type = type(body, number, problems);
        Unit monitoring = monitoring(body, number, issuer, type, problems, warnings);

        if (body.subject() == null || body.subject().isBlank()) {
            problems.add("subject is required");
        }
        TextLimits.check(problems, "subject", body.subject(), TextLimits.SUBJECT);
        TextLimits.check(problems, "legalBases", body.legalBases() == null ? null : Lines.join(body.legalBases()),
                TextLimits.COMMENT);
        fields(body, problems);
        LocalDate issuedOn = body.issuedOn() != null ? body.issuedOn() : Time.today();
        if (body.reporting() != null && body.reporting().periodic() != null
                && !ReportPeriods.KINDS.contains(body.reporting().periodic())) {
            problems.add("reporting.periodic must be MONTHLY, QUARTERLY, SEMIANNUAL or ANNUAL: " + body.reporting().periodic());
        }
        deadlinePolicy(body.deadlines(), problems);

        List<DirectiveBody.Item> items = items(body, parent, problems, warnings);
        List<NewAssignment> newAssignments = problems.isEmpty() ? assignmentsFor(items, problems) : List.of();
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the directive is not valid", problems);
        }

        int year = issuedOn.getYear();
        DocumentNumber symbol = number != null ? number : new DocumentNumber(null, defaultSymbol(type, issuer, monitoring));
        int no = symbol.no() != null ? symbol.no() : directives.nextNumber(issuer.id(), year);
        String printed = symbol.no() != null ? body.number().trim() : symbol.format(no);
        directives.findId(issuer.id(), year, no).ifPresent(existing -> {
            throw ApiException.conflict("directive number " + no + " of " + issuer.id() + " in " + year
                    + " is already registered (id " + existing + ")");
        });

        List<String> cc = units(body.cc(), "cc", problems);
        var copies = resolver.resolve(cc);
        copies.problems().forEach(p -> problems.add("cc: " + p));
        Directive directive = new Directive(0, printed, no, year, type, issuer.id(), monitoring.id(), body.place(),
                issuedOn, body.subject().trim(), orEmpty(body.legalBases()),
                body.reporting() == null ? null : body.reporting().periodic(),
                body.reporting() == null ? null : body.reporting().finalReportBy(), body.signer(),
                cc, body.issuerName(), orEmpty(body.addressees()), orEmpty(body.ccNames()),
                parent == null ? null : parent.id(), Directive.ACTIVE, null, Time.now(), null, null,
                Boolean.TRUE.equals(body.requireSignedReport()));
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the directive is not valid", problems);
        }
        long id = directives.insert(directive, actorId);
        directives.savePolicy(id, body.deadlines());
        directives.insertItems(id, items);
        assignments.insertAll(id, newAssignments, batchSize);
        deadlines.expect(id, newAssignments.stream().map(NewAssignment::deadline).filter(Objects::nonNull).distinct().toList());
        Directive registered = directives.findById(id).orElseThrow();
        List<Unit> ccUnits = copies.unitsBySpec().values().stream().flatMap(List::stream).distinct()
                .filter(u -> !u.id().equals(issuer.id())).toList();
        directives.insertCc(id, ccUnits.stream().map(Unit::id).toList());
        notices.copiesSent(registered, issuer.name(), ccUnits, newAssignments.size());
        audit.record("REGISTERED", id, null, "Văn bản " + printed + ": " + items.size() + " nhiệm vụ, "
                + newAssignments.size() + " đơn vị được giao" + (parent == null ? "" : ", triển khai nhiệm vụ " + parent.id()));
        return new Registered(registered, newAssignments.size(), warnings);
    }

    /** The free-text fields fit what our tables keep (TextLimits): too long is a 422 naming the field. */
    private static void fields(DirectiveBody body, List<String> problems) {
        TextLimits.check(problems, "place", body.place(), TextLimits.NAME);
        TextLimits.check(problems, "issuerName", body.issuerName(), TextLimits.NAME);
        if (body.signer() != null) {
            TextLimits.check(problems, "signer.authority", body.signer().authority(), TextLimits.NAME);
            TextLimits.check(problems, "signer.title", body.signer().title(), TextLimits.NAME);
            TextLimits.check(problems, "signer.name", body.signer().name(), TextLimits.NAME);
        }
        TextLimits.check(problems, "addressees", Lines.join(orEmpty(body.addressees())), TextLimits.LIST);
        TextLimits.check(problems, "ccNames", Lines.join(orEmpty(body.ccNames())), TextLimits.LIST);
        TextLimits.check(problems, "cc", Lines.join(orEmpty(body.cc())), TextLimits.LIST);
    }

    /** Unit ids or selectors of a list; a null among them is the sender's error, named. */
    private static List<String> units(List<String> specs, String field, List<String> problems) {
        if (specs != null && specs.stream().anyMatch(Objects::isNull)) {
            problems.add(field + ": a unit is null");
        }
        return orEmpty(specs);
    }

    /** The directive's own reminder, grace and escalation levels, where it sets them. */
    private static void deadlinePolicy(DeadlinePolicy policy, List<String> problems) {
        if (policy == null) {
            return;
        }
        if (policy.reminderDays() != null && (policy.reminderDays() < 0 || policy.reminderDays() > 60)) {
            problems.add("deadlines.reminderDays must be between 0 and 60 working days: " + policy.reminderDays());
        }
        if (policy.graceDays() != null && (policy.graceDays() < 0 || policy.graceDays() > 60)) {
            problems.add("deadlines.graceDays must be between 0 and 60 working days: " + policy.graceDays());
        }
        if (policy.levels() != null && (policy.levels() < 1 || policy.levels() > 5)) {
            problems.add("deadlines.levels must be between 1 (the issuer's head) and 5: " + policy.levels());
        }
    }

    private static String type(DirectiveBody body, DocumentNumber number, List<String> problems) {
        String fromSymbol = number == null ? null : number.typePart();
        String type = body.type() != null && !body.type().isBlank() ? body.type().trim()
                : fromSymbol != null ? fromSymbol : "CV";
        if (!DocumentNumber.TYPES.contains(type.toUpperCase())) {
            problems.add("unknown document type: " + type);
        }
        return type;
    }

    private Unit monitoring(DirectiveBody body, DocumentNumber number, Unit issuer, String type,
                            List<String> problems, List<String> warnings) {
        if (body.monitoringUnit() != null && !body.monitoringUnit().isBlank()) {
            Unit unit = units.findById(body.monitoringUnit()).orElse(null);
            if (unit == null) {
                problems.add("unknown unit: " + body.monitoringUnit() + " (monitoringUnit)");
            }
            return unit;
        }
        if (issuer == null) {
            return null;
        }
        String drafting = "CV".equalsIgnoreCase(type) && number != null ? number.draftingPart() : null;
        if (drafting == null) {
            return issuer;
        }
        return units.within(issuer, Set.of()).stream()
                .filter(u -> !u.id().equals(issuer.id()) && drafting.equalsIgnoreCase(u.symbol()))
                .findFirst()
                .orElseGet(() -> {
                    warnings.add("no unit of " + issuer.id() + " signs as " + drafting + ": the issuer monitors it");
                    return issuer;
                });
    }

    private List<DirectiveBody.Item> items(DirectiveBody body, Assignment parent, List<String> problems,
                                           List<String> warnings) {
        if (body.items() == null || body.items().isEmpty()) {
            problems.add("a directive needs at least one item");
            return List.of();
        }
        LocalDate parentDeadline = parent == null ? null : parent.deadline();
        Set<String> seen = new LinkedHashSet<>();
        List<DirectiveBody.Item> result = new ArrayList<>();
        for (DirectiveBody.Item item : body.items()) {
            if (item == null) {
                problems.add("item " + (result.size() + 1) + " of the list is empty (null)");
                continue;
            }
            String no = item.no() == null ? "" : item.no().trim();
            if (no.isEmpty()) {
                problems.add("every item needs its number (no)");
            } else if (!seen.add(no)) {
                problems.add("item " + no + " appears twice");
            }
            List<String> recipients = units(item.recipients(), "item " + no + ": recipients", problems);
            if (recipients.isEmpty()) {
                problems.add("item " + no + " has no recipient");
            }
            List<String> coordinators = units(item.coordinators(), "item " + no + ": coordinators", problems);
            TextLimits.check(problems, "item " + no + ": no", no, TextLimits.ITEM_NO);
            TextLimits.check(problems, "item " + no + ": text", item.text(), TextLimits.TEXT);
            TextLimits.check(problems, "item " + no + ": deadlineText", item.deadlineText(), TextLimits.PHRASE);
            TextLimits.check(problems, "item " + no + ": recipientNames", Lines.join(orEmpty(item.recipientNames())),
                    TextLimits.LIST);
            TextLimits.check(problems, "item " + no + ": recipients", Lines.join(recipients), TextLimits.LIST);
            TextLimits.check(problems, "item " + no + ": coordinators", Lines.join(coordinators), TextLimits.LIST);
            if (item.recurrence() != null && !DirectiveBody.RECURRENCES.contains(item.recurrence())) {
                problems.add("item " + no + ": recurrence must be one of " + DirectiveBody.RECURRENCES + ", not "
                        + item.recurrence());
            }
            LocalDate deadline = item.deadline();
            if (deadline == null && parentDeadline != null) {
                deadline = parentDeadline;
                warnings.add("item " + no + " has no deadline: it takes the parent assignment's, " + parentDeadline);
            }
            if (deadline != null && parentDeadline != null && deadline.isAfter(parentDeadline)) {
                problems.add("item " + no + ": deadline " + deadline + " is after the parent assignment's deadline "
                        + parentDeadline);
            }
            if (deadline != null && Time.passed(deadline)) {
                warnings.add("item " + no + ": deadline " + deadline + " has already passed; its assignments start overdue");
            }
            result.add(new DirectiveBody.Item(no, item.text(), recipients, coordinators,
                    deadline, orEmpty(item.recipientNames()), item.deadlineText(), item.recurrence()));
        }
        return result;
    }

    /** One assignment per recipient unit and deadline: a unit's items sharing a deadline go together. */
    private List<NewAssignment> assignmentsFor(List<DirectiveBody.Item> items, List<String> problems) {
        record Key(String unitId, LocalDate deadline) {
        }
        Map<Key, List<String>> itemNos = new LinkedHashMap<>();
        Map<Key, Set<String>> coordinators = new LinkedHashMap<>();
        for (DirectiveBody.Item item : items) {
            var recipients = resolver.resolve(item.recipients());
            recipients.problems().forEach(p -> problems.add("item " + item.no() + ": " + p));
            var coordinating = resolver.resolve(item.coordinators());
            coordinating.problems().forEach(p -> problems.add("item " + item.no() + " (coordinators): " + p));
            List<String> coordinatorIds = coordinating.unitsBySpec().values().stream().flatMap(List::stream)
                    .map(Unit::id).distinct().toList();
            recipients.unitsBySpec().values().stream().flatMap(List::stream).map(Unit::id).distinct().forEach(unitId -> {
                Key key = new Key(unitId, item.deadline());
                itemNos.computeIfAbsent(key, k -> new ArrayList<>()).add(item.no());
                coordinators.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(coordinatorIds);
            });
        }
        return itemNos.entrySet().stream()
                .map(e -> new NewAssignment(e.getKey().unitId(), e.getKey().deadline(), e.getValue(),
                        List.copyOf(coordinators.get(e.getKey()))))
                .toList();
    }

    private static String defaultSymbol(String type, Unit issuer, Unit monitoring) {
        String issuerSymbol = Objects.requireNonNullElse(issuer.symbol(), issuer.id().toUpperCase());
        if (!"CV".equalsIgnoreCase(type)) {
            return type + "-" + issuerSymbol;
        }
        return monitoring.id().equals(issuer.id()) || monitoring.symbol() == null
                ? issuerSymbol : issuerSymbol + "-" + monitoring.symbol();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
