package vn.giaoviec.deadline;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.rounds.ReportRound;
import vn.giaoviec.rounds.RoundReport;
import vn.giaoviec.rounds.RoundRepository;

/**
 * A unit's report in a report round, as the deadline machinery watches it. It is the unit's own: the
 * head may extend it or record the lateness, not hand it to someone else.
 */
@Component
class RoundReportWork implements WatchedWork {

    private final RoundRepository rounds;
    private final DeadlineWatches deadlineWatches;
    private final DirectiveCache directives;
    private final Notifier notifier;
    private final AuditLog audit;

    RoundReportWork(RoundRepository rounds, DeadlineWatches deadlineWatches, DirectiveCache directives,
                    Notifier notifier, AuditLog audit) {
        this.audit = audit;
        this.rounds = rounds;
        this.deadlineWatches = deadlineWatches;
        this.directives = directives;
        this.notifier = notifier;
    }

    @Override
    public Text describe(Watch w) {
        ReportRound round = round(report(w));
        return new Text(round.subject() + " theo văn bản " + directives.of(w.directiveId()).number(),
                missing(round.subject()));
    }

    @Override
    public String missing(WatchRepository.Owed owed) {
        return missing(owed.roundSubject());
    }

    @Override
    public void extend(Watch w, LocalDate newDeadline, String reason, String actor, Long exceptCase) {
        Decisions.requireReason(reason);
        RoundReport r = report(w);
        if (!r.isOpen()) {
            throw ApiException.conflict("round report " + r.id() + " is " + r.state());
        }
        Decisions.requireLater(newDeadline, r.deadline());
        rounds.deadline(r.id(), newDeadline);
        audit.record("EXTENDED", w.directiveId(), r.assignmentId(), "Báo cáo theo kỳ " + r.id() + ": "
                + Time.text(r.deadline()) + " → " + Time.text(newDeadline));
        notifier.extended(r.assignmentId(), r.id(), r.unitId(), r.deadline(), newDeadline, reason, describe(w).subject());
        deadlineWatches.rearm(w, newDeadline, exceptCase, r.processInstanceId());
    }

    @Override
    public void reassign(Watch w, String target, String actor, Long exceptCase) {
        throw ApiException.unprocessable("a round report is the unit's own: extend it or record the lateness");
    }

    @Override
    public void recordLateness(Watch w, String note, String actor, Long exceptCase) {
        RoundReport r = report(w);
        if (!r.isOpen() || !Time.passed(r.deadline())) {
            throw ApiException.conflict("round report " + r.id() + " is not overdue");
        }
        String text = Decisions.requireNote(note);
        rounds.markLate(r.id());
        audit.record("LATENESS_RECORDED", w.directiveId(), r.assignmentId(), "Báo cáo theo kỳ " + r.id() + ": " + text);
        String subject = describe(w).subject();
        notifier.notify(r.assignmentId(), r.id(), EscalationRepository.LATENESS, notifier.contactsOf(r.unitId()), text,
                "[Ghi nhận chậm trễ] " + subject, "Lãnh đạo đã ghi nhận việc chậm nộp " + subject + ": " + text + ".");
        deadlineWatches.decided(w, Watch.LATENESS, exceptCase);
    }

    private static String missing(String roundSubject) {
        return "Chưa nộp " + (roundSubject.isEmpty() ? roundSubject
                : Character.toLowerCase(roundSubject.charAt(0)) + roundSubject.substring(1));
    }

    private RoundReport report(Watch w) {
        return rounds.report(w.roundReportId()).orElseThrow();
    }

    private ReportRound round(RoundReport r) {
        return rounds.round(r.roundId()).orElseThrow();
    }
}
