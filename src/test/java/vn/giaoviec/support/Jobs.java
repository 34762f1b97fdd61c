package vn.giaoviec.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import vn.giaoviec.mail.OutboxSender;

/**
 * Runs the engine's due jobs in the test's thread, as the job executor would, until none is left, then
 * sends the mail outbox, as its scheduler would (both are off in the tests).
 */
@Component
public class Jobs {

    private final ManagementService management;
    private final OutboxSender mail;

    Jobs(ManagementService management, OutboxSender mail) {
        this.management = management;
        this.mail = mail;
    }

    /** @return how many jobs ran */
    public int runDue() {
        int ran = 0;
        for (int round = 0; round < 10_000; round++) {
            Job job = management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            if (job == null) {
                mail.sendDue();
                return ran;
            }
            management.executeJob(job.getId());
            ran++;
        }
        throw new IllegalStateException("jobs keep coming: a loop?");
    }
}
