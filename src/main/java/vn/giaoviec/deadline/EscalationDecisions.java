package vn.giaoviec.deadline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.FormVariables;

/**
 * The escalation form's decisions, per unit or for all at once, applied through each unit's
 * {@link WatchedWork} — the same rules as the API. All or nothing: one invalid row refuses the whole
 * form (422 naming the unit), so the head can correct it.
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

    private final LateCaseRepository cases;
    private final LateCaseLists lists;
    private final Works works;

    EscalationDecisions(LateCaseRepository cases, LateCaseLists lists, Works works) {
        this.cases = cases;
        this.lists = lists;
        this.works = works;
    }

    void apply(long caseId, List<Row> rows, String allDecision, String allNewDeadline, String allNote, String actor) {
        LateCase c = cases.findById(caseId).orElseThrow();
        Map<Long, Watch> late = new LinkedHashMap<>();
        lists.lateWatches(c).forEach(w -> late.put(w.id(), w));
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
        lists.deferringRefreshes(() -> {
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
        WatchedWork work = works.of(w);
        switch (row.decision()) {
            case EXTEND -> work.extend(w, FormVariables.date(row.newDeadline()), row.note(), actor, caseId);
            case REASSIGN -> work.reassign(w, blankToNull(row.reassignTo()), actor, caseId);
            case LATENESS -> work.recordLateness(w, row.note(), actor, caseId);
            default -> throw ApiException.unprocessable("decision must be EXTEND, REASSIGN or LATENESS: " + row.decision());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
