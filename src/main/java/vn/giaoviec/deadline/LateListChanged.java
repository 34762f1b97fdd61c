package vn.giaoviec.deadline;

import java.time.LocalDate;

/**
 * A late unit left the lists of its directive and deadline (it delivered, got more time, was decided
 * on): the open follow-up and escalation tasks show the lists anew, except the one whose task is being
 * completed ({@code exceptCase}), which its own process rebuilds.
 */
record LateListChanged(long directiveId, LocalDate due, Long exceptCase) {
}
