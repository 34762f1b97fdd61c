package vn.giaoviec.deadline;

import java.time.LocalDate;

/**
 * What a watch watches, one implementation per kind: an assignment's work (its receive and report
 * tasks) or a unit's report in a round. The rest of the deadline machinery — timers, lists, notices,
 * the head's decisions — works on watches and asks the kind only for what differs.
 */
interface WatchedWork {

    /** What a notice says about the work: its subject ("the report on items 1, 2 of ...") and what is missing. */
    record Text(String subject, String missing) {
    }

    Text describe(Watch w);

    /** What the unit still owes, from a late list's one query for all its units. */
    String missing(WatchRepository.Owed owed);

    /** Gia hạn: a later deadline, for which everything fires again. */
    void extend(Watch w, LocalDate newDeadline, String reason, String actor, Long exceptCase);

    /** Giao lại to {@code target}, a unit id or a person of the unit. */
    void reassign(Watch w, String target, String actor, Long exceptCase);

    /** Ghi nhận chậm trễ: the unit stays on it, counted late, off the escalation lists. */
    void recordLateness(Watch w, String note, String actor, Long exceptCase);
}
