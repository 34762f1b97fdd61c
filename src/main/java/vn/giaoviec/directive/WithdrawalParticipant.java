package vn.giaoviec.directive;

import java.time.Instant;
import java.util.List;

/**
 * A module whose rows and processes hang off directives and must follow a withdrawal in the same
 * transaction (deadline watches, late cases, extension requests, report rounds). The directive
 * module calls every participant; it does not know them.
 */
public interface WithdrawalParticipant {

    /** The directives (a withdrawn one and its cascades, any depth) are withdrawn: cancel or close what is open. */
    void withdrawn(List<Long> directiveIds, Instant at);

    /** Process instances of the withdrawn directives that must be ended (what {@link #withdrawn} cancelled). */
    List<String> processesToEnd(List<Long> directiveIds);
}
