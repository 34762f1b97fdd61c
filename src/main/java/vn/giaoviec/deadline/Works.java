package vn.giaoviec.deadline;

import org.springframework.stereotype.Component;

/** Picks the kind of work a watch watches. */
@Component
class Works {

    private final AssignmentWork assignments;
    private final RoundReportWork roundReports;

    Works(AssignmentWork assignments, RoundReportWork roundReports) {
        this.assignments = assignments;
        this.roundReports = roundReports;
    }

    WatchedWork of(Watch w) {
        return w.roundReportId() != null ? roundReports : assignments;
    }

    WatchedWork of(WatchRepository.Owed owed) {
        return owed.roundSubject() != null ? roundReports : assignments;
    }
}
