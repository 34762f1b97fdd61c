package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.WorkCalendar;

/**
 * One follow-up task per directive and deadline, one escalation task per directive, deadline and
 * level — however many units are late. The lists live in our tables (the watches); a case's task
 * shows them in task-local variables, written when the task is created and rewritten when a unit
 * drops off (it reported, got more time, was decided on). Each late unit touches only its own
 * watch row: when two thousand deadlines pass in the same minute, the first one starts the case,
 * the others find it, and the task lists them all once {@code giaoviec.deadline.list-delay} has
 * passed. A case's row is locked while its list is written, so concurrent writers queue instead of
 * colliding on the task.
 */
@Component("lateCases")
public class LateCases {

    /** One late unit as the follow-up and escalation forms list it. */
    public record Entry(long watch, long assignment, Long roundReport, String unit, String unitName, String focal,
                        String phone, String email, String missing, LocalDate deadline, long daysLate) {
    }

    private static final java.time.Duration SAFE_BEFORE_LISTING = java.time.Duration.ofMinutes(1);

    private final ThreadLocal<Map<String, Object[]>> deferred = new ThreadLocal<>();
    private final LateCaseRepository cases;
    private final WatchRepository watches;
    private final WatchedWork work;
    private final Deadlines deadlines;
    private final DeadlineProperties properties;
    private final WorkCalendar calendar;
    private final DirectiveRepository directives;
    private final UnitRepository units;
    private final Notifier notifier;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate nested;

    LateCases(LateCaseRepository cases, WatchRepository watches, WatchedWork work, Deadlines deadlines,
              DeadlineProperties properties, WorkCalendar calendar, DirectiveRepository directives,
              UnitRepository units, Notifier notifier, RuntimeService runtime, TaskService tasks,
              PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.cases = cases;
        this.watches = watches;
        this.work = work;
        this.deadlines = deadlines;
        this.properties = properties;
        this.calendar = calendar;
        this.directives = directives;
        this.units = units;
        this.notifier = notifier;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    // --- lookups for bpmn/follow-up.bpmn and bpmn/escalation.bpmn ---

    public String unitOf(long caseId) {
        return lateCase(caseId).unitId();
    }

    public String assigneeOf(long caseId) {
        return lateCase(caseId).assignee();
    }

    /** When the task lists the late units: {@code list-delay} after the deadline (or the level's grace) passed. */
    public Date listAt(long caseId) {
        LateCase c = lateCase(caseId);
        LocalDate after = c.isFollowUp() ? c.deadline()
                : deadlines.escalationDay(c.directiveId(), c.deadline(), c.level());
        return Date.from(Time.startOf(after.plusDays(1)).toInstant().plus(properties.listDelay()));
    }

    /** The follow-up is due when escalation starts; an escalation when the next level takes over (or in a few days). */
    public Date dueOf(long caseId) {
        LateCase c = lateCase(caseId);
        int nextLevel = c.level() + 1;
        if (nextLevel <= deadlines.levels(c.directiveId())) {
            return Time.endOf(deadlines.escalationDay(c.directiveId(), c.deadline(), nextLevel));
        }
        return Time.endOf(calendar.plusWorkingDays(Time.today(), properties.decisionDays()));
    }

    public boolean hasEntries(long caseId) {
        LateCase c = lateCase(caseId);
        return c.isOpen() && !lateWatches(c).isEmpty();
    }

    // --- the lists ---

    /** A watch became late at this case's kind and level: the case exists afterwards, and lists it if its task is out. */
    void lateUnit(Watch w, String kind, int level) {
        LateCase c = ensure(w.directiveId(), w.due(), kind, level);
        if (c != null) {
            refresh(c);
        }
    }

    /**
     * Runs {@code work} with the list refreshes it causes put off to its end and done once per case:
     * "extend all 2,000" rewrites the follow-up list once, not 2,000 times.
     */
    public void deferringRefreshes(Runnable work) {
        if (deferred.get() != null) {
            work.run();
            return;
        }
        Map<String, Object[]> pending = new LinkedHashMap<>();
        deferred.set(pending);
        try {
            work.run();
        } finally {
            deferred.remove();
        }
        for (Object[] p : pending.values()) {
            refresh((Long) p[0], (LocalDate) p[1], (Long) p[2]);
        }
    }

    /** Rewrites the lists of the open cases of this directive and deadline, except the one whose task is being completed. */
    public void refresh(long directiveId, LocalDate due, Long exceptCaseId) {
        Map<String, Object[]> pending = deferred.get();
        if (pending != null) {
            pending.putIfAbsent(directiveId + "/" + due + "/" + exceptCaseId, new Object[]{directiveId, due, exceptCaseId});
            return;
        }
        for (LateCase c : cases.open(directiveId, due)) {
            if (exceptCaseId == null || c.id() != exceptCaseId) {
                refresh(c);
            }
        }
    }

    /** The case's task shows the current list; an empty list ends the case. */
    void refresh(LateCase c) {
        if (c.processInstanceId() == null) {
            return;
        }
        if (listAt(c.id()).toInstant().minus(SAFE_BEFORE_LISTING).isAfter(Time.now())
                && tasks.createTaskQuery().processInstanceId(c.processInstanceId()).count() == 0) {
            return; // the storm before the list is out: its task will read everyone, no need to queue on the lock
        }
        LateCase locked = cases.lock(c.id()).orElseThrow();
        if (!locked.isOpen() || locked.processInstanceId() == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(locked.processInstanceId()).singleResult();
        if (task == null) {
            return; // not listed yet: the task, when it is created, reads the list itself
        }
        List<Entry> entries = entries(locked);
        if (entries.isEmpty()) {
            tasks.setVariableLocal(task.getId(), locked.isFollowUp() ? "action" : "systemClosed",
                    locked.isFollowUp() ? DeadlineProcess.EMPTY : Boolean.TRUE);
            tasks.complete(task.getId());
        } else {
            tasks.setVariablesLocal(task.getId(), FormVariables.storable(listVariables(locked, entries)));
        }
    }

    /** The task's variables: the header, and the list. Called by the tasks' create listeners under the case's lock. */
    Map<String, Object> taskVariables(long caseId) {
        LateCase c = cases.lock(caseId).orElseThrow();
        Directive d = work.directive(c.directiveId());
        Map<String, Object> vars = new HashMap<>();
        vars.put("directiveNumber", d.number());
        vars.put("directiveSubject", d.subject());
        vars.put("deadlineText", WatchedWork.DATE.format(c.deadline()));
        vars.put("handlerText", c.isFollowUp() ? unitName(c.unitId())
                : "Thủ trưởng " + unitName(c.unitId()) + (c.level() > 1 ? " (cấp " + c.level() + ")" : ""));
        vars.putAll(listVariables(c, entries(c)));
        return vars;
    }

    public List<Entry> entries(LateCase c) {
        List<Watch> late = lateWatches(c);
        if (late.isEmpty()) {
            return List.of();
        }
        List<String> unitIds = late.stream().map(Watch::unitId).distinct().toList();
        Map<String, Unit> unitsById = units.findByIds(unitIds).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, List<Person>> people = units.peopleOf(unitIds).stream().collect(Collectors.groupingBy(Person::unitId));
        Map<Long, WatchRepository.Owed> owed = watches.owed(late.stream().map(Watch::id).toList());
        LocalDate today = Time.today();
        List<Entry> entries = new ArrayList<>(late.size());
        for (Watch w : late) {
            Person focal = people.getOrDefault(w.unitId(), List.of()).stream()
                    .sorted((a, b) -> Boolean.compare(!"FOCAL".equals(a.role()), !"FOCAL".equals(b.role())))
                    .findFirst().orElse(null);
            Unit unit = unitsById.get(w.unitId());
            entries.add(new Entry(w.id(), w.assignmentId(), w.roundReportId(), w.unitId(),
                    unit == null ? w.unitId() : unit.name(), focal == null ? null : focal.name(),
                    focal == null ? null : focal.phone(), focal == null ? null : focal.email(), WatchedWork.missing(owed.get(w.id())),
                    w.due(), Math.max(0, ChronoUnit.DAYS.between(w.due(), today))));
        }
        return entries;
    }

    public List<Watch> lateWatches(LateCase c) {
        return c.isFollowUp() ? watches.overdue(c.directiveId(), c.deadline())
                : watches.escalated(c.directiveId(), c.deadline(), c.level());
    }

    /** The unit a level escalates to: 1 the issuer, 2 the issuer's parent, ...; empty past the top. */
    Optional<Unit> escalationUnit(long directiveId, int level) {
        Optional<Unit> unit = units.findById(work.directive(directiveId).issuerId());
        for (int i = 1; i < level && unit.isPresent(); i++) {
            String parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : units.findById(parent);
        }
        return unit;
    }

    /** The unit's head ({@code <unit>.head} in the demo): the person with role HEAD. */
    Optional<Person> headOf(String unitId) {
        return units.peopleOf(unitId).stream().filter(p -> "HEAD".equals(p.role())).findFirst();
    }

    void closed(long caseId) {
        cases.close(caseId, Time.now());
    }

    /** Mails the handler once, when the case's first task is out. */
    void announce(long caseId, int count) {
        LateCase c = lateCase(caseId);
        Directive d = work.directive(c.directiveId());
        List<Person> to = c.assignee() != null ? units.person(c.assignee()).map(List::of).orElse(List.of())
                : notifier.contactsOf(c.unitId());
        String what = c.isFollowUp() ? "Đôn đốc" : "Xử lý";
        notifier.mail(to, "[" + what + "] " + count + " đơn vị chậm thực hiện văn bản " + d.number() + " (hạn "
                        + WatchedWork.DATE.format(c.deadline()) + ")",
                count + " đơn vị chưa hoàn thành đúng hạn " + WatchedWork.DATE.format(c.deadline()) + " theo văn bản "
                        + d.number() + " — " + d.subject() + ".\nDanh sách và thao tác: Tasklist, nhiệm vụ \""
                        + (c.isFollowUp() ? "Đôn đốc các đơn vị chậm" : "Quyết định xử lý đơn vị chậm") + "\".");
    }

    /** Đôn đốc: one reminder to every unit on the follow-up list, recorded on each as FOLLOW_UP. */
    void remindAll(long caseId, String message) {
        LateCase c = lateCase(caseId);
        for (Watch w : lateWatches(c)) {
            WatchedWork.Text text = work.describe(w);
            String subject = text.subject();
            notifier.notify(w.assignmentId(), w.roundReportId(), DeadlineSteps.FOLLOW_UP, notifier.contactsOf(w.unitId()),
                    "Đôn đốc: " + message,
                    "[Đôn đốc] " + subject,
                    unitName(c.unitId()) + " đôn đốc: " + subject + " đã quá hạn " + WatchedWork.DATE.format(w.due())
                            + ".\n" + text.missing() + ".\n" + message);
        }
    }

    /** The case of this directive, deadline, kind and level; started (or restarted) if missing. Null if nobody handles it. */
    LateCase ensure(long directiveId, LocalDate due, String kind, int level) {
        Optional<LateCase> existing = cases.find(directiveId, due, kind, level);
        if (existing.isPresent() && existing.get().isOpen()) {
            return existing.get();
        }
        directives.lock(directiveId);
        existing = cases.find(directiveId, due, kind, level);
        if (existing.isPresent() && existing.get().isOpen()) {
            return existing.get();
        }
        Directive d = work.directive(directiveId);
        String unitId;
        String assignee = null;
        if (LateCase.FOLLOW_UP.equals(kind)) {
            unitId = d.monitoringUnitId();
        } else {
            Optional<Unit> unit = escalationUnit(directiveId, level);
            if (unit.isEmpty()) {
                return null;
            }
            unitId = unit.get().id();
            assignee = headOf(unitId).map(Person::id).orElse(null);
        }
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            cases.reopen(id);
        } else {
            String head = assignee;
            try {
                // a savepoint: should another job have inserted it meanwhile, that one wins and this one carries on
                id = nested.execute(status -> cases.insert(directiveId, due, kind, level, unitId, head, Time.now()));
            } catch (DuplicateKeyException e) {
                return cases.find(directiveId, due, kind, level).orElseThrow();
            }
        }
        String process = LateCase.FOLLOW_UP.equals(kind) ? DeadlineProcess.FOLLOW_UP : DeadlineProcess.ESCALATION;
        String pid = runtime.startProcessInstanceByKey(process, d.number(), Map.of(DeadlineProcess.CASE_ID, id)).getId();
        cases.setProcessInstance(id, pid);
        return null; // just started: its task is not out yet and will read the list itself
    }

    private Map<String, Object> listVariables(LateCase c, List<Entry> entries) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("lateCount", entries.size());
        vars.put("lateSummary", entries.size() + " đơn vị chưa hoàn thành, hạn " + WatchedWork.DATE.format(c.deadline()));
        vars.put("lateUnits", FormVariables.json(entries.stream().map(LateCases::row).toList()));
        if (!c.isFollowUp()) {
            vars.put("decisions", FormVariables.json(entries.stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("watch", e.watch());
                row.put("unitName", e.unitName());
                row.put("missing", e.missing());
                row.put("decision", null);
                row.put("newDeadline", null);
                row.put("reassignTo", null);
                row.put("note", null);
                return row;
            }).toList()));
        }
        return vars;
    }

    private static Map<String, Object> row(Entry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unitName", e.unitName());
        row.put("focal", e.focal());
        row.put("phone", e.phone());
        row.put("email", e.email());
        row.put("missing", e.missing());
        row.put("daysLate", e.daysLate());
        return row;
    }

    private String unitName(String id) {
        return units.findById(id).map(Unit::name).orElse(id);
    }

    private LateCase lateCase(long id) {
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("no late case " + id));
    }
}
