package vn.giaoviec.deadline;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.DirectiveRepository;
import vn.giaoviec.rounds.ReportRound;
import vn.giaoviec.rounds.RoundReport;
import vn.giaoviec.rounds.RoundRepository;
import vn.giaoviec.kernel.TransactionCache;

/**
 * What a watch watches, in words and in the engine: an assignment's work (its receive and report
 * tasks) or a unit's report in a round (its round-report task). The rest of the deadline machinery
 * does not need to know which.
 */
@Component
class WatchedWork {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AssignmentRepository assignments;
    private final DirectiveRepository directives;
    private final RoundRepository rounds;
    private final TaskService tasks;
    private final TransactionCache cache;

    WatchedWork(AssignmentRepository assignments, DirectiveRepository directives, RoundRepository rounds,
                TaskService tasks, TransactionCache cache) {
        this.assignments = assignments;
        this.directives = directives;
        this.rounds = rounds;
        this.tasks = tasks;
        this.cache = cache;
    }

    Directive directive(long id) {
        return cache.get("directive:" + id, () -> directives.findById(id).orElseThrow());
    }

    Assignment assignment(Watch w) {
        return assignments.findById(w.assignmentId()).orElseThrow();
    }

    /** "the report on items 1, 2 of 8628/SGDĐT-VP", as a clerk would say it. */
    String subject(Watch w) {
        Directive d = directive(w.directiveId());
        if (w.isRoundReport()) {
            return round(w).subject() + " theo văn bản " + d.number();
        }
        return subjectOfAssignment(assignment(w));
    }

    String subjectOfAssignment(Assignment a) {
        return "báo cáo kết quả thực hiện nhiệm vụ " + String.join(", ", a.itemNos()) + " theo văn bản "
                + directive(a.directiveId()).number();
    }

    /** What a notice says about the work: its subject and what is still missing, read once. */
    record Text(String subject, String missing) {
    }

    Text describe(Watch w) {
        if (w.isRoundReport()) {
            return new Text(subject(w), missing(w));
        }
        Assignment a = assignment(w);
        return new Text(subjectOfAssignment(a),
                missing(new WatchRepository.Owed(a.state(), String.join(",", a.itemNos()), a.childDirectiveId(), null)));
    }

    /** What the unit still owes, for the follow-up list. */
    String missing(Watch w) {
        if (w.isRoundReport()) {
            return missing(new WatchRepository.Owed(null, null, null, round(w).subject()));
        }
        Assignment a = assignment(w);
        return missing(new WatchRepository.Owed(a.state(), String.join(",", a.itemNos()), a.childDirectiveId(), null));
    }

    static String missing(WatchRepository.Owed owed) {
        if (owed.roundSubject() != null) {
            return "Chưa nộp " + lower(owed.roundSubject());
        }
        String items = "nhiệm vụ " + owed.itemNos().replace(",", ", ");
        return switch (owed.assignmentState()) {
            case Assignment.ISSUED -> "Chưa tiếp nhận, chưa báo cáo " + items;
            case Assignment.RETURNED -> "Chưa nộp lại báo cáo bổ sung " + items;
            default -> owed.childDirectiveId() != null
                    ? "Chưa báo cáo tổng hợp " + items + " (đã giao cấp dưới)"
                    : "Chưa báo cáo kết quả " + items;
        };
    }

    String processInstanceOf(Watch w) {
        return w.isRoundReport() ? roundReport(w).processInstanceId() : assignment(w).processInstanceId();
    }

    /** The unit's open user tasks for the watched work. */
    List<Task> openTasks(Watch w) {
        String pid = processInstanceOf(w);
        return pid == null ? List.of() : tasks.createTaskQuery().processInstanceId(pid).list();
    }

    void setDue(Watch w, Date due, Date followUp) {
        for (Task t : openTasks(w)) {
            tasks.setDueDate(t.getId(), due);
            tasks.setFollowUpDate(t.getId(), followUp);
        }
    }

    private RoundReport roundReport(Watch w) {
        return rounds.report(w.roundReportId()).orElseThrow();
    }

    private ReportRound round(Watch w) {
        return rounds.round(roundReport(w).roundId()).orElseThrow();
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
