package vn.giaoviec.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.directive.DirectiveService;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.kernel.WorkCalendar;

/**
 * What receiving, reporting and reviewing do to our tables, and what they refuse. Called from the
 * task listeners, so Tasklist and the API go through exactly the same rules.
 */
@Service
class AssignmentRules {

    private final AssignmentRepository assignments;
    private final ReportRepository reports;
    private final DirectiveService directives;
    private final IdentityService identity;
    private final WorkCalendar calendar;
    private final int resubmissionDays;
    private final AuditLog audit;

    AssignmentRules(AssignmentRepository assignments, ReportRepository reports, DirectiveService directives,
                    IdentityService identity, WorkCalendar calendar,
                    @Value("${giaoviec.review.resubmission-days:3}") int resubmissionDays, AuditLog audit) {
        this.audit = audit;
        this.assignments = assignments;
        this.reports = reports;
        this.directives = directives;
        this.identity = identity;
        this.calendar = calendar;
        this.resubmissionDays = resubmissionDays;
    }

    /** @return the child directive's id when cascading, else null */
    Long receive(Assignment a, String mode, String assignee, DirectiveBody child, String actor) {
        if (AssignmentProcess.DIRECT.equals(mode)) {
            String chosen = assignee == null || assignee.isBlank() ? null : assignee.trim();
            if (chosen != null && identity.createUserQuery().userId(chosen).memberOfGroup(a.unitId()).count() == 0) {
                throw ApiException.unprocessable("assignee " + chosen + " is not a member of unit " + a.unitId());
            }
            assignments.received(a.id(), mode, chosen, null, Time.now());
            audit.record("RECEIVED", a.directiveId(), a.id(), "Tự thực hiện" + (chosen == null ? "" : ", giao " + chosen));
            return null;
        }
        if (AssignmentProcess.CASCADE.equals(mode)) {
            if (child == null) {
                throw ApiException.unprocessable("mode CASCADE needs the implementation directive (\"directive\")");
            }
            long childId = directives.register(child, a, actor).directive().id();
            assignments.received(a.id(), mode, null, childId, Time.now());
            audit.record("RECEIVED", a.directiveId(), a.id(), "Ban hành văn bản triển khai (văn bản " + childId + ")");
            return childId;
        }
        throw ApiException.unprocessable("mode must be DIRECT or CASCADE: " + mode);
    }

    void submitReport(Assignment a, ReportBody body, String actor) {
        if (body == null || body.items() == null || body.items().isEmpty()) {
            throw ApiException.unprocessable("a report needs a status for each item: " + String.join(", ", a.itemNos()));
        }
        List<String> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<Report.Item> items = new ArrayList<>();
        for (ReportBody.Item item : body.items()) {
            String no = item.no() == null ? "" : item.no().trim();
            if (!a.itemNos().contains(no)) {
                problems.add("item " + no + " is not part of this assignment (items " + String.join(", ", a.itemNos()) + ")");
            } else if (!reported.add(no)) {
                problems.add("item " + no + " is reported twice");
            }
            if (!Report.ITEM_STATUSES.contains(item.status())) {
                problems.add("item " + no + ": status must be DONE, IN_PROGRESS or NOT_STARTED, not " + item.status());
            }
            TextLimits.check(problems, "item " + no + ": result", item.result(), TextLimits.TEXT);
            items.add(new Report.Item(no, item.status(), item.result()));
        }
        TextLimits.check(problems, "difficulties", body.difficulties(), TextLimits.TEXT);
        TextLimits.check(problems, "proposals", body.proposals(), TextLimits.TEXT);
        a.itemNos().stream().filter(no -> !reported.contains(no))
                .forEach(no -> problems.add("item " + no + " has no status"));
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("the report is not complete", problems);
        }
        Instant now = Time.now();
        LocalDate due = a.currentDue();
        boolean late = !Time.onTime(now, due);
        reports.insert(a.id(), actor, now, due, late, items, blankToNull(body.difficulties()), blankToNull(body.proposals()));
        audit.record("REPORTED", a.directiveId(), a.id(), items.stream().map(i -> i.no() + ": " + i.status())
                .collect(Collectors.joining(", ")) + (late ? " — quá hạn" : ""));
        assignments.reported(a.id(), late, now);
    }

    void review(Assignment a, String decision, String comment, String actor) {
        Report report = reports.latest(a.id()).filter(r -> r.decision() == null)
                .orElseThrow(() -> ApiException.conflict("assignment " + a.id() + " has no report awaiting review"));
        TextLimits.require("comment", comment, TextLimits.COMMENT);
        Instant now = Time.now();
        if (AssignmentProcess.ACCEPT.equals(decision)) {
            reports.review(report.id(), decision, blankToNull(comment), actor, now);
            assignments.accepted(a.id(), now);
            audit.record("REPORT_ACCEPTED", a.directiveId(), a.id(), blankToNull(comment));
        } else if (AssignmentProcess.RETURN.equals(decision)) {
            if (comment == null || comment.isBlank()) {
                throw ApiException.unprocessable("a returned report needs a comment saying what to add or correct");
            }
            reports.review(report.id(), decision, comment.trim(), actor, now);
            LocalDate resubmission = calendar.plusWorkingDays(Time.today(), resubmissionDays);
            assignments.returned(a.id(), resubmission);
            audit.record("REPORT_RETURNED", a.directiveId(), a.id(), "Nộp lại trước hết ngày " + Time.text(resubmission)
                    + ": " + comment.trim());
        } else {
            throw ApiException.unprocessable("decision must be ACCEPT or RETURN: " + decision);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
