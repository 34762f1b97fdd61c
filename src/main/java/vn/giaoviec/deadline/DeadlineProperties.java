package vn.giaoviec.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.giaoviec.directive.DeadlinePolicy;

/**
 * The deployment's deadline defaults ({@code giaoviec.deadline.*}); a directive may override the
 * first three ({@code "deadlines": {"reminderDays", "graceDays", "levels"}}).
 *
 * @param reminderDays working days before the deadline when the unit is reminded
 * @param graceDays    working days after the deadline before the issuer's head gets the escalation
 * @param levels       escalation levels: 1 stops at the issuer's head, 2 adds the head of the
 *                     issuer's parent unit, and so on up the tree
 * @param levelDays    working days each level has before the next one is asked
 * @param listDelay    how long after a deadline (or grace) the follow-up and escalation tasks wait
 *                     before listing the late units, so that the storm of a city-wide deadline lands
 *                     in one list instead of rewriting it two thousand times
 * @param decisionDays working days the issuer has to decide an extension request or an escalation
 *                     without a further level
 */
@ConfigurationProperties("giaoviec.deadline")
public record DeadlineProperties(
        @DefaultValue("3") int reminderDays,
        @DefaultValue("2") int graceDays,
        @DefaultValue("1") int levels,
        @DefaultValue("2") int levelDays,
        @DefaultValue("PT15M") Duration listDelay,
        @DefaultValue("2") int decisionDays) {

    public DeadlinePolicy policy() {
        return new DeadlinePolicy(reminderDays, graceDays, levels);
    }
}
