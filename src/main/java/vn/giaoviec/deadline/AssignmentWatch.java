package vn.giaoviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentDeadlines;
import vn.giaoviec.kernel.TransactionCache;

/** The deadline machinery as an assignment sees it (see {@link AssignmentDeadlines}). */
@Component
class AssignmentWatch implements AssignmentDeadlines {

    private static final String WATCH = "watch:";

    private final WatchRepository watches;
    private final DeadlineWatches deadlineWatches;
    private final ExtensionRequests requests;
    private final EscalationRepository history;
    private final TransactionCache cache;

    AssignmentWatch(WatchRepository watches, DeadlineWatches deadlineWatches,
                    ExtensionRequests requests, EscalationRepository history, TransactionCache cache) {
        this.watches = watches;
        this.deadlineWatches = deadlineWatches;
        this.requests = requests;
        this.history = history;
        this.cache = cache;
    }

    /** A first watch, or the old one re-armed (a resubmission); an open watch is left as it is (a reassignment). */
    @Override
    public void watch(Assignment a) {
        Watch w = cache.<Optional<Watch>>taken(WATCH + a.id(), () -> watches.ofAssignment(a.id())).orElse(null);
        if (a.currentDue() == null || w != null && w.isOpen()) {
            return;
        }
        if (w == null) {
            deadlineWatches.start(a.directiveId(), a.id(), null, a.unitId(), a.currentDue());
        } else {
            deadlineWatches.rearm(w, a.currentDue(), null, a.processInstanceId());
        }
    }

    @Override
    public void starting(List<Long> assignmentIds) {
        Map<Long, Watch> found = watches.ofAssignments(assignmentIds);
        assignmentIds.forEach(id -> cache.put(WATCH + id, Optional.ofNullable(found.get(id))));
    }

    @Override
    public void expect(long directiveId, List<LocalDate> deadlines) {
        deadlines.forEach(due -> deadlineWatches.expect(directiveId, due));
    }

    @Override
    public void reported(long assignmentId) {
        watches.ofAssignment(assignmentId).ifPresent(deadlineWatches::done);
    }

    @Override
    public void askForTime(Assignment assignment, LocalDate newDeadline, String reason, String actor) {
        requests.request(assignment, newDeadline, reason, actor);
    }

    @Override
    public List<Escalation> history(long assignmentId) {
        return history.ofAssignment(assignmentId);
    }
}
