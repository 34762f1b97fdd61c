package vn.giaoviec.directive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.assignment.AssignmentRepository;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.TextLimits;
import vn.giaoviec.kernel.Time;

/**
 * Thu hồi: a directive and every implementation directive below it, to any depth, are WITHDRAWN and
 * their open assignments CANCELLED — in our tables, at once, in the request. Assignment processes are
 * not children of the directive process (they are started fire-and-forget), so the engine side is
 * ended through our tables: the directive process's withdrawal event subprocess deletes the
 * assignment processes and those of every {@link WithdrawalParticipant} (deadline watches, follow-ups,
 * escalations, extension requests, round reports) of the whole tree in batches of jobs, outside the
 * clerk's request.
 */
@Component("withdrawals")
public class DirectiveWithdrawal {

    public static final String MESSAGE_WITHDRAWN = "DirectiveWithdrawn";
    static final int BATCH = 250;

    public record Withdrawn(long id, String number, String state, int cancelled) {
    }

    private final DirectiveRepository directives;
    private final AssignmentRepository assignments;
    private final List<WithdrawalParticipant> participants;
    private final RuntimeService runtime;
    private final AuditLog audit;

    DirectiveWithdrawal(DirectiveRepository directives, AssignmentRepository assignments,
                        List<WithdrawalParticipant> participants, RuntimeService runtime, AuditLog audit) {
        this.audit = audit;
        this.directives = directives;
        this.assignments = assignments;
        this.participants = participants;
        this.runtime = runtime;
    }

    public Withdrawn withdraw(long directiveId, String reason, String actor) {
        Directive d = directives.lock(directiveId).orElseThrow(() -> ApiException.notFound("no directive " + directiveId));
        if (!Directive.ACTIVE.equals(d.state())) {
            throw ApiException.conflict("directive " + d.number() + " is " + d.state() + " and cannot be withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.unprocessable("a withdrawal needs its reason");
        }
        TextLimits.require("reason", reason, TextLimits.REASON);
        List<Long> tree = tree(directiveId);
        Instant now = Time.now();
        directives.withdraw(tree, reason.trim() + (actor == null ? "" : " (" + actor + ")"), now);
        int cancelled = assignments.cancelOpen(tree);
        for (long withdrawn : tree) {
            audit.record("WITHDRAWN", withdrawn, null, (withdrawn == directiveId ? "" : "Theo văn bản " + d.number() + ": ")
                    + reason.trim());
        }
        participants.forEach(p -> p.withdrawn(tree, now));
        if (d.processInstanceId() != null && runtime.createProcessInstanceQuery()
                .processInstanceId(d.processInstanceId()).count() > 0) {
            runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(d.processInstanceId()).correlate();
        }
        return new Withdrawn(d.id(), d.number(), Directive.WITHDRAWN, cancelled);
    }

    // --- the withdrawal event subprocess of bpmn/directive.bpmn ---

    public int batchCount(long directiveId) {
        return (processesToEnd(directiveId).size() + BATCH - 1) / BATCH;
    }

    void endBatch(long directiveId, int batch) {
        List<String> all = processesToEnd(directiveId);
        List<String> mine = all.subList(Math.min(all.size(), batch * BATCH), Math.min(all.size(), (batch + 1) * BATCH));
        if (!mine.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(mine, "Văn bản bị thu hồi", true, true, false);
        }
    }

    /** Engine work of the withdrawn tree, in a stable order (the batches of one withdrawal agree on it). */
    List<String> processesToEnd(long directiveId) {
        List<Long> tree = tree(directiveId);
        Set<String> ids = new LinkedHashSet<>(assignments.processInstancesCancelled(tree));
        participants.forEach(p -> ids.addAll(p.processesToEnd(tree)));
        ids.remove(directives.findById(directiveId).map(Directive::processInstanceId).orElse(null));
        return new ArrayList<>(ids);
    }

    /** The directive and its implementation directives, to any depth. */
    List<Long> tree(long rootId) {
        List<Long> all = new ArrayList<>(List.of(rootId));
        List<Long> level = List.of(rootId);
        while (!level.isEmpty()) {
            level = assignments.childDirectivesOf(level).stream().filter(id -> !all.contains(id)).toList();
            all.addAll(level);
        }
        return all;
    }
}
