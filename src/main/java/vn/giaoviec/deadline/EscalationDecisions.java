package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.org.UnitRepository;
import vn.giaoviec.rounds.RoundRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.FormVariables;

/**
 * The escalation form's decisions, per unit or for all at once, applied through
 * {@link DeadlineDecisions} — the same rules as the API. All or nothing: one invalid row refuses
 * the whole form (422 naming the unit), so the head can correct it.
 */
@Service
class EscalationDecisions {

    static final String EXTEND = "EXTEND";
    static final String REASSIGN = "REASSIGN";
    static final String LATENESS = "LATENESS";

    /** A row of the form's list; {@code watch} identifies the late unit's work. */
    record Row(Long watch, String unitName, String missing, String decision, String newDeadline, String reassignTo,
               String note) {
    }

    private final LateCases cases;
    private final LateCaseRepository caseRows;
    private final DeadlineDecisions decisions;
    private final AssignmentRepository assignments;
    private final RoundRepository rounds;
    private final UnitRepository units;

    EscalationDecisions(LateCases cases, LateCaseRepository caseRows, DeadlineDecisions decisions,
                        AssignmentRepository assignments, RoundRepository rounds, UnitRepository units) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.decisions = decisions;
        this.assignments = assignments;
        this.rounds = rounds;
        this.units = units;
    }

    void apply(long caseId, List<Row> rows, String allDecision, String allNewDeadline, String allNote, String actor) {
        LateCase c = caseRows.findById(caseId).orElseThrow();
        Map<Long, Watch> late = new LinkedHashMap<>();
        cases.lateWatches(c).forEach(w -> late.put(w.id(), w));
        List<Row> chosen = new ArrayList<>();
        if (allDecision != null) {
            if (!Set.of(EXTEND, LATENESS).contains(allDecision)) {
                throw ApiException.unprocessable("a decision for all units must be EXTEND or LATENESS: " + allDecision);
            }
            late.keySet().forEach(id -> chosen.add(new Row(id, null, null, allDecision, allNewDeadline, null, allNote)));
        } else {
            rows.stream().filter(r -> r.decision() != null && !r.decision().isBlank() && late.containsKey(r.watch()))
                    .forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw ApiException.unprocessable("choose a decision for at least one unit, or one for all of them");
        }
        cases.deferringRefreshes(() -> {
            for (Row row : chosen) {
                Watch w = late.get(row.watch());
                try {
                    decide(w, row, actor, caseId);
                } catch (ApiException e) {
                    throw new ApiException(e.status(), "unit " + w.unitId() + ": " + e.error(), e.details());
                }
            }
        });
    }

    private void decide(Watch w, Row row, String actor, long caseId) {
        LocalDate date = FormVariables.date(row.newDeadline());
        switch (row.decision()) {
            case EXTEND -> {
                if (w.isRoundReport()) {
                    decisions.extend(rounds.report(w.roundReportId()).orElseThrow(), date, row.note(), caseId);
                } else {
                    decisions.extend(assignments.findById(w.assignmentId()).orElseThrow(), date, row.note(), actor,
                            null, caseId);
                }
            }
            case REASSIGN -> {
                if (w.isRoundReport()) {
                    throw ApiException.unprocessable("a round report is the unit's own: extend it or record the lateness");
                }
                String target = blankToNull(row.reassignTo());
                if (target == null) {
                    throw ApiException.unprocessable("say to which unit or person (reassignTo)");
                }
                boolean isUnit = units.findById(target).isPresent();
                decisions.reassign(assignments.findById(w.assignmentId()).orElseThrow(), isUnit ? target : null,
                        isUnit ? null : target, actor, caseId);
            }
            case LATENESS -> {
                if (w.isRoundReport()) {
                    decisions.recordLateness(rounds.report(w.roundReportId()).orElseThrow(), row.note(), caseId);
                } else {
                    decisions.recordLateness(assignments.findById(w.assignmentId()).orElseThrow(), row.note(), actor,
                            caseId);
                }
            }
            default -> throw ApiException.unprocessable("decision must be EXTEND, REASSIGN or LATENESS: " + row.decision());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
