package vn.giaoviec.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Runs the engine's due jobs in the test's thread, as the job executor would, until none is left. */
@Component
public class Jobs {

    private final ManagementService management;

    Jobs(ManagementService management) {
        this.management = management;
    }

    /** @return how many jobs ran */
    public int runDue() {
        int ran = 0;
        for (int round = 0; round < 10_000; round++) {
            Job job = management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            if (job == null) {
                return ran;
            }
            management.executeJob(job.getId());
            ran++;
        }
        throw new IllegalStateException("jobs keep coming: a loop?");
    }
}
