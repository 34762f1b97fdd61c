package vn.giaoviec.directive;

/**
 * The report rounds the directive process drives (its periodic and ad-hoc event subprocesses in
 * bpmn/directive.bpmn), carried out by the rounds module.
 */
public interface ReportRoundSteps {

    /** Opens the round of the period just cut off; null when there is none to open. */
    Long openPeriodic(long directiveId);

    /** How many batches of round-report processes the round starts. */
    int batchCount(long roundId);

    /** Starts one batch of the round's report processes (idempotent, like issuing). */
    void startBatch(long roundId, int batch);
}
