package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * One follow-up case per directive and deadline, one escalation case per directive, deadline and
 * level, however many units are late: the first late unit starts the case (or reopens a closed one),
 * the others find it. Who handles it: the monitoring unit for a follow-up, the head of the issuer (or
 * of the unit the level reaches) for an escalation.
 */
@Component
class LateCaseStarter {

    private final LateCaseRepository cases;
    private final LateCaseLists lists;
    private final DirectiveRepository directives;
    private final DirectiveCache directiveCache;
    private final UnitRepository units;
    private final RuntimeService runtime;
    private final TransactionTemplate nested;

    LateCaseStarter(LateCaseRepository cases, LateCaseLists lists, DirectiveRepository directives,
                    DirectiveCache directiveCache, UnitRepository units, RuntimeService runtime,
                    PlatformTransactionManager transactions) {
        this.cases = cases;
        this.lists = lists;
        this.directives = directives;
        this.directiveCache = directiveCache;
        this.units = units;
        this.runtime = runtime;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Units became late at this case's kind and level: the case exists afterwards, and lists them if its task is out. */
    void lateUnits(long directiveId, LocalDate due, String kind, int level) {
        LateCase c = ensure(directiveId, due, kind, level);
        if (c != null) {
            lists.refresh(c);
        }
    }

    /** The unit a level escalates to: 1 the issuer, 2 the issuer's parent, ...; empty past the top. */
    Optional<Unit> escalationUnit(long directiveId, int level) {
        Optional<Unit> unit = units.findById(directiveCache.of(directiveId).issuerId());
        for (int i = 1; i < level && unit.isPresent(); i++) {
            String parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : units.findById(parent);
        }
        return unit;
    }

    /** The unit's head ({@code <unit>.head} in the demo): the person with role HEAD. */
    Optional<Person> headOf(String unitId) {
        return UnitRepository.head(units.peopleOf(unitId));
    }

    /** The end of a follow-up or escalation process. */
    void closed(long caseId) {
        cases.close(caseId, Time.now());
    }

    /** The open case of this directive, deadline, kind and level; started (or reopened) if missing, then null. */
    private LateCase ensure(long directiveId, LocalDate due, String kind, int level) {
        Optional<LateCase> existing = cases.find(directiveId, due, kind, level);
        if (existing.isPresent() && existing.get().isOpen()) {
            return existing.get();
        }
        directives.lock(directiveId);
        existing = cases.find(directiveId, due, kind, level);
        if (existing.isPresent() && existing.get().isOpen()) {
            return existing.get();
        }
        Directive d = directiveCache.of(directiveId);
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
}
