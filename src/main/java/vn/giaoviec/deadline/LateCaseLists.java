package vn.giaoviec.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.kernel.TaskTitles;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.kernel.Tampering;

/**
 * The list of late units a follow-up or escalation task shows, in task-local variables: written when
 * the task is created and rewritten when a unit drops off (it reported, got more time, was decided
 * on). Each late unit touches only its own watch row: when two thousand deadlines pass in the same
 * minute, the task lists them all once {@code giaoviec.deadline.list-delay} has passed. A case's row
 * is locked while its list is written, so concurrent writers queue instead of colliding on the task.
 */
@Component
class LateCaseLists {

    /** One late unit as the follow-up and escalation forms list it. */
    record Entry(long watch, String unitName, String focal, String phone, String email, String missing,
                 long daysLate) {
    }

    private static final Duration SAFE_BEFORE_LISTING = Duration.ofMinutes(1);

    private final ThreadLocal<Map<String, LateListChanged>> deferred = new ThreadLocal<>();
    private final LateCaseRepository cases;
    private final WatchRepository watches;
    private final Works works;
    private final Deadlines deadlines;
    private final DirectiveCache directives;
    private final UnitRepository units;
    private final TaskService tasks;

    LateCaseLists(LateCaseRepository cases, WatchRepository watches, Works works, Deadlines deadlines,
                  DirectiveCache directives, UnitRepository units, TaskService tasks) {
        this.cases = cases;
        this.watches = watches;
        this.works = works;
        this.deadlines = deadlines;
        this.directives = directives;
        this.units = units;
        this.tasks = tasks;
    }

    /** The case whose task this is. */
    long caseOf(DelegateTask task) {
        long id = (Long) task.getExecution().getVariable(DeadlineProcess.CASE_ID);
        Tampering.requireOwnProcess(cases.findById(id).orElseThrow().processInstanceId(), task, "late case " + id);
        return id;
    }

    /** The late units of the case: overdue (a follow-up), or escalated to its level and undecided. */
    List<Watch> lateWatches(LateCase c) {
        return c.isFollowUp() ? watches.overdue(c.directiveId(), c.deadline())
                : watches.escalated(c.directiveId(), c.deadline(), c.level());
    }

    /**
     * Runs {@code work} with the list refreshes it causes put off to its end and done once per case:
     * "extend all 2,000" rewrites the follow-up list once, not 2,000 times.
     */
    void deferringRefreshes(Runnable work) {
        if (deferred.get() != null) {
            work.run();
            return;
        }
        Map<String, LateListChanged> pending = new LinkedHashMap<>();
        deferred.set(pending);
        try {
            work.run();
        } finally {
            deferred.remove();
        }
        pending.values().forEach(this::refresh);
    }

    /** Rewrites the lists of the open cases of this directive and deadline, except the one whose task is being completed. */
    @EventListener
    public void refresh(LateListChanged changed) {
        Map<String, LateListChanged> pending = deferred.get();
        if (pending != null) {
            pending.putIfAbsent(changed.directiveId() + "/" + changed.due() + "/" + changed.exceptCase(), changed);
            return;
        }
        for (LateCase c : cases.open(changed.directiveId(), changed.due())) {
            if (changed.exceptCase() == null || c.id() != changed.exceptCase()) {
                refresh(c);
            }
        }
    }

    /** The case's task shows the current list; an empty list ends the case. */
    void refresh(LateCase c) {
        if (c.processInstanceId() == null) {
            return;
        }
        if (deadlines.listAt(c).toInstant().minus(SAFE_BEFORE_LISTING).isAfter(Time.now())
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
        Directive d = directives.of(c.directiveId());
        Map<String, Object> vars = new HashMap<>();
        vars.put("directiveNumber", d.number());
        vars.put("directiveSubject", d.subject());
        vars.put("deadlineText", Time.text(c.deadline()));
        vars.put("handlerText", c.isFollowUp() ? unitName(c.unitId())
                : "Thủ trưởng " + unitName(c.unitId()) + (c.level() > 1 ? " (cấp " + c.level() + ")" : ""));
        vars.putAll(listVariables(c, entries(c)));
        return vars;
    }

    /** The case task's name: the step, the letter, the deadline the units missed. */
    String title(long caseId, String step) {
        LateCase c = cases.findById(caseId).orElseThrow();
        Directive d = directives.of(c.directiveId());
        return TaskTitles.of(step, d.number(), c.deadline(), d.subject());
    }

    private List<Entry> entries(LateCase c) {
        List<Watch> late = lateWatches(c);
        if (late.isEmpty()) {
            return List.of();
        }
        List<String> unitIds = late.stream().map(Watch::unitId).distinct().toList();
        Map<String, Unit> unitsById = units.findByIds(unitIds).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, List<Person>> people = units.peopleOf(unitIds).stream()
                .collect(Collectors.groupingBy(Person::unitId));
        Map<Long, WatchRepository.Owed> owed = watches.owed(late.stream().map(Watch::id).toList());
        LocalDate today = Time.today();
        List<Entry> entries = new ArrayList<>(late.size());
        for (Watch w : late) {
            Person focal = people.getOrDefault(w.unitId(), List.of()).stream()
                    .min(Comparator.comparing(p -> !Person.FOCAL.equals(p.role()))).orElse(null);
            Unit unit = unitsById.get(w.unitId());
            WatchRepository.Owed o = owed.get(w.id());
            entries.add(new Entry(w.id(), unit == null ? w.unitId() : unit.name(), focal == null ? null : focal.name(),
                    focal == null ? null : focal.phone(), focal == null ? null : focal.email(),
                    works.of(o).missing(o), Math.max(0, ChronoUnit.DAYS.between(w.due(), today))));
        }
        return entries;
    }

    private Map<String, Object> listVariables(LateCase c, List<Entry> entries) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("lateCount", entries.size());
        vars.put("lateSummary", entries.size() + " đơn vị chưa hoàn thành, hạn " + Time.text(c.deadline()));
        vars.put("lateUnits", FormVariables.json(entries.stream().map(LateCaseLists::row).toList()));
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
        return units.nameOf(id);
    }
}
