package vn.giaoviec.deadline;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.giaoviec.rounds.RoundDeadlines;
import vn.giaoviec.rounds.RoundReport;

/** The deadline machinery as a unit's round report sees it (see {@link RoundDeadlines}). */
@Component
class RoundReportWatch implements RoundDeadlines {

    private final WatchRepository watches;
    private final DeadlineWatches deadlineWatches;

    RoundReportWatch(WatchRepository watches, DeadlineWatches deadlineWatches) {
        this.watches = watches;
        this.deadlineWatches = deadlineWatches;
    }

    @Override
    public void expect(long directiveId, LocalDate due) {
        deadlineWatches.expect(directiveId, due);
    }

    @Override
    public void watch(RoundReport report, long directiveId) {
        if (watches.ofRoundReport(report.id()).isEmpty()) {
            deadlineWatches.start(directiveId, report.assignmentId(), report.id(), report.unitId(), report.deadline());
        }
    }

    @Override
    public void submitted(long roundReportId) {
        watches.ofRoundReport(roundReportId).ifPresent(deadlineWatches::done);
    }
}
