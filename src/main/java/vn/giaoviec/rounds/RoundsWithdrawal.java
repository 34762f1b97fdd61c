package vn.giaoviec.rounds;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoviec.directive.WithdrawalParticipant;

/** A withdrawal cancels the open reports of the withdrawn directives' rounds; their processes are ended with the rest. */
@Component
class RoundsWithdrawal implements WithdrawalParticipant {

    private final RoundRepository rounds;

    RoundsWithdrawal(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void withdrawn(List<Long> directiveIds, Instant at) {
        rounds.cancelOfDirectives(directiveIds);
    }

    @Override
    public List<String> processesToEnd(List<Long> directiveIds) {
        return rounds.processInstancesOfDirectives(directiveIds);
    }
}
