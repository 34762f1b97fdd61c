package vn.giaoviec.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.WithdrawalParticipant;

/**
 * A withdrawal stops the deadline machinery of the withdrawn directives: their watches and the groups whose timers watch them are cancelled,
 * their follow-up and escalation cases closed, their pending extension requests cancelled; the
 * processes of all three are ended with the rest of the directive's.
 */
@Component
class DeadlinesWithdrawal implements WithdrawalParticipant {

    private final WatchRepository watches;
    private final GroupRepository groups;
    private final LateCaseRepository cases;
    private final ExtensionRequestRepository requests;

    DeadlinesWithdrawal(WatchRepository watches, GroupRepository groups, LateCaseRepository cases,
                        ExtensionRequestRepository requests) {
        this.watches = watches;
        this.groups = groups;
        this.cases = cases;
        this.requests = requests;
    }

    @Override
    public void withdrawn(List<Long> directiveIds, Instant at) {
        watches.cancelOfDirectives(directiveIds);
        groups.cancelOfDirectives(directiveIds);
        requests.cancelOfDirectives(directiveIds, at);
        cases.closeOfDirectives(directiveIds, at);
    }

    @Override
    public List<String> processesToEnd(List<Long> directiveIds) {
        List<String> ids = new ArrayList<>(groups.processInstancesCancelled(directiveIds));
        ids.addAll(cases.processInstancesOfDirectives(directiveIds));
        ids.addAll(requests.processInstancesOfDirectives(directiveIds));
        return ids;
    }
}
