package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.directive.DirectiveProcess.ASSIGNMENTS_COMPLETED;
import static vn.giaoviec.directive.DirectiveProcess.CONSOLIDATE_FINAL_REPORT;
import static vn.giaoviec.directive.DirectiveProcess.DIRECTIVE_ID;
import static vn.giaoviec.directive.DirectiveProcess.ISSUE_ASSIGNMENTS;
import static vn.giaoviec.directive.DirectiveProcess.KEY;
import static vn.giaoviec.directive.DirectiveProcess.MESSAGE_ASSIGNMENTS_COMPLETED;
import static vn.giaoviec.directive.DirectiveProcess.MESSAGE_REPORT_REQUESTED;
import static vn.giaoviec.directive.DirectiveProcess.ROUND_ID;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
import static vn.giaoviec.support.ProcessTests.runDueJobs;
import static vn.giaoviec.support.ProcessTests.runJobsDueAt;
import static vn.giaoviec.support.ProcessTests.startFormOf;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.giaoviec.support.ProcessTests;
import vn.giaoviec.support.ResetClock;

/**
 * bpmn/directive.bpmn alone, without Spring: issuing in batches, the wait for the assignments, the
 * two endings, the periodic and ad-hoc report rounds and the withdrawal. The {@code directives} and
 * {@code withdrawals} lookups are mocks; the batch delegates are fakes that note which batch
 * ({@code loopCounter}) they ran, and the periodic round's opener sets {@code roundId} as the real one.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/directive.bpmn", "forms/register-directive.form", "forms/consolidate-final-report.form"})
class DirectiveProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long DIRECTIVE = 5L;
    static final String MONITORING_UNIT = "so-gddt-vp";
    static final Date REVIEW_DUE = at("2026-03-05T23:59:59");
    /** A monthly regime: the data are cut off on the 14th, the round opens the next morning. */
    static final Date APRIL_ROUND = at("2026-04-15T00:00");
    static final Date MAY_ROUND = at("2026-05-15T00:00");
    static final String ROUND_DUE = "TimerEvent_RoundDue";

    ProcessEngine engine;

    DirectiveLookups directives = mock(DirectiveLookups.class);
    DirectiveWithdrawal withdrawals = mock(DirectiveWithdrawal.class);
    DirectiveStartedListener directiveStarted = mock(DirectiveStartedListener.class);
    ConsolidateFinalReportTask finalReportTask = mock(ConsolidateFinalReportTask.class);
    List<Integer> issuedBatches = new ArrayList<>();
    List<Integer> requestedBatches = new ArrayList<>();
    List<Integer> endedBatches = new ArrayList<>();
    Long openedRound = 7L;

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(directives.batchCount(DIRECTIVE)).thenReturn(3);
        when(directives.monitoringUnitOf(DIRECTIVE)).thenReturn(MONITORING_UNIT);
        when(directives.reviewDue()).thenReturn(REVIEW_DUE);
        when(directives.isActive(DIRECTIVE)).thenReturn(true);
        when(directives.nextPeriodicRoundAt(DIRECTIVE)).thenReturn(APRIL_ROUND, MAY_ROUND);
        when(directives.roundBatchCount(anyLong())).thenReturn(2);
        when(withdrawals.batchCount(DIRECTIVE)).thenReturn(2);
        Mocks.register("directives", directives);
        Mocks.register("withdrawals", withdrawals);
        Mocks.register("directiveStartedListener", directiveStarted);
        Mocks.register("consolidateFinalReportTask", finalReportTask);
        Mocks.register("issueAssignmentsDelegate", notingBatchesIn(issuedBatches));
        Mocks.register("requestRoundReportsDelegate", notingBatchesIn(requestedBatches));
        Mocks.register("endWithdrawnWorkDelegate", notingBatchesIn(endedBatches));
        Mocks.register("openPeriodicRoundDelegate", (JavaDelegate) e -> e.setVariableLocal(ROUND_ID, openedRound));
        ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void issuesTheAssignmentsInBatchesOneJobEachThenWaitsForThem() {
        ProcessInstance directive = registered();
        assertThat(startFormOf(directive)).isEqualTo("register-directive");
        verify(directiveStarted).notify(any());
        // issuing runs outside the clerk's request: one job per batch, and the batches do not wait for each other
        assertThat(directive).isWaitingAt(ISSUE_ASSIGNMENTS);
        List<Job> batches = jobQuery().processInstanceId(directive.getId()).activityId(ISSUE_ASSIGNMENTS).list();
        assertThat(batches).hasSize(3).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
        assertThat(issuedBatches).isEmpty();

        runDueJobs();

        assertThat(issuedBatches).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(directive).isWaitingAtExactly(ASSIGNMENTS_COMPLETED).hasPassed("EndEvent_NoPeriodicReports");
    }

    @Test
    void aBatchsCountingStepThatLostARaceIsTriedAgainWithinSeconds() {
        // the step after the last batch conflicts with a report round requested at that moment
        when(directives.isPeriodic(DIRECTIVE)).thenThrow(new OptimisticLockingException("the directive changed meanwhile"))
                .thenReturn(false);
        ProcessInstance directive = registered();
        jobQuery().processInstanceId(directive.getId()).activityId(ISSUE_ASSIGNMENTS).list().forEach(BpmnAwareTests::execute);
        List<Job> counting = jobQuery().processInstanceId(directive.getId()).list();
        assertThat(counting).hasSize(3);
        counting.stream().limit(2).forEach(BpmnAwareTests::execute);

        assertThatThrownBy(() -> execute(counting.get(2))).hasRootCauseInstanceOf(OptimisticLockingException.class);
        Job failed = jobQuery().processInstanceId(directive.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(9);
        assertThat(failed.getDuedate()).isEqualTo(at("2026-03-02T09:00:05"));

        runJobsDueAt(at("2026-03-02T09:00:05"));
        assertThat(directive).isWaitingAtExactly(ASSIGNMENTS_COMPLETED);
    }

    @Test
    void aTopLevelDirectiveEndsWithTheMonitoringUnitsFinalReport() {
        ProcessInstance directive = waitingAt(ASSIGNMENTS_COMPLETED);

        message(MESSAGE_ASSIGNMENTS_COMPLETED, directive).correlate();

        assertThat(directive).isWaitingAt(CONSOLIDATE_FINAL_REPORT);
        assertThat(task(directive)).hasCandidateGroup(MONITORING_UNIT).hasDueDate(REVIEW_DUE);
        assertThat(formOf(task(directive))).isEqualTo("consolidate-final-report");
        verify(finalReportTask).notify(any());

        complete(task(directive));

        verify(finalReportTask, times(2)).notify(any());
        assertThat(directive).hasPassed("EndEvent_DirectiveCompleted").isEnded();
    }

    @Test
    void anImplementationDirectiveEndsWithoutAFinalReportOnceItsAssignmentsAreDoneAndItsRoundsStop() {
        when(directives.isCascade(DIRECTIVE)).thenReturn(true);
        ProcessInstance directive = waitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE);

        message(MESSAGE_ASSIGNMENTS_COMPLETED, directive).correlate();

        assertThat(directive).hasPassed("EndEvent_CascadeCompleted").hasNotPassed(CONSOLIDATE_FINAL_REPORT).isEnded();
        assertThat(jobQuery().processInstanceId(directive.getId()).count()).as("the round timer").isZero();
    }

    @Test
    void aPeriodicDirectiveOpensARoundAfterEachCutOffAndAsksTheUnitsInBatches() {
        when(directives.isPeriodic(DIRECTIVE)).thenReturn(true);
        ProcessInstance directive = registered();
        runDueJobs();
        assertThat(directive).isWaitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE).job(ROUND_DUE).hasDueDate(APRIL_ROUND);

        ClockUtil.setCurrentTime(APRIL_ROUND);
        execute(jobQuery().processInstanceId(directive.getId()).activityId(ROUND_DUE).singleResult());
        assertThat(jobQuery().processInstanceId(directive.getId()).activityId("SubProcess_RequestPeriodicReports").list())
                .hasSize(2).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
        runDueJobs();

        verify(directives).roundBatchCount(openedRound);
        assertThat(requestedBatches).containsExactlyInAnyOrder(0, 1);
        assertThat(directive).isWaitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE).job(ROUND_DUE).hasDueDate(MAY_ROUND);
    }

    @Test
    void withNobodyLeftToReportNoRoundOpensAndTheNextCutOffIsAwaited() {
        openedRound = null;
        ProcessInstance directive = waitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE);

        runJobsDueAt(APRIL_ROUND);

        assertThat(requestedBatches).isEmpty();
        assertThat(directive).isWaitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE).job(ROUND_DUE).hasDueDate(MAY_ROUND);
    }

    @Test
    void theRoundsStopOnceTheDirectiveIsNoLongerActiveWhileItStillWaitsForItsAssignments() {
        openedRound = null;
        when(directives.isActive(DIRECTIVE)).thenReturn(false);
        ProcessInstance directive = waitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE);

        runJobsDueAt(APRIL_ROUND);

        assertThat(directive).hasPassed("EndEvent_RoundsStopped").isWaitingAtExactly(ASSIGNMENTS_COMPLETED);
        assertThat(jobQuery().processInstanceId(directive.getId()).count()).isZero();
    }

    @Test
    void anAdHocReportRequestAsksTheUnitsInBatchesWhileTheDirectiveGoesOn() {
        ProcessInstance directive = waitingAt(ASSIGNMENTS_COMPLETED);

        message(MESSAGE_REPORT_REQUESTED, directive).setVariableToTriggeredScope(ROUND_ID, 9L).correlate();
        // as issuing's, the round's batches do not wait for each other
        assertThat(jobQuery().processInstanceId(directive.getId()).activityId("SubProcess_RequestAdHocReports").list())
                .hasSize(2).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
        runDueJobs();

        verify(directives).roundBatchCount(9L);
        assertThat(requestedBatches).containsExactlyInAnyOrder(0, 1);
        assertThat(directive).hasPassed("EndEvent_AdHocReportsRequested").isWaitingAtExactly(ASSIGNMENTS_COMPLETED);
    }

    @Test
    void aWithdrawalEndsTheDirectiveItsRoundsAndTheWorkBelowItInBatches() {
        when(directives.isPeriodic(DIRECTIVE)).thenReturn(true);
        ProcessInstance directive = registered();
        runDueJobs();

        message(DirectiveWithdrawal.MESSAGE_WITHDRAWN, directive).correlate();

        assertThat(directive).isNotWaitingAt(ASSIGNMENTS_COMPLETED, ROUND_DUE)
                .isWaitingAt("ServiceTask_EndWithdrawnWork");
        runDueJobs();
        assertThat(endedBatches).containsExactlyInAnyOrder(0, 1);
        assertThat(directive).hasPassed("EndEvent_DirectiveWithdrawn").isEnded();
    }

    @Test
    void aWithdrawalWhileIssuingIssuesNoFurtherBatch() {
        ProcessInstance directive = registered();

        message(DirectiveWithdrawal.MESSAGE_WITHDRAWN, directive).correlate();
        runDueJobs();

        assertThat(issuedBatches).isEmpty();
        assertThat(endedBatches).containsExactlyInAnyOrder(0, 1);
        assertThat(directive).hasPassed("EndEvent_DirectiveWithdrawn").isEnded();
    }

    private ProcessInstance registered() {
        return runtimeService().startProcessInstanceByKey(KEY, "501/SGDĐT-VP", Map.of(DIRECTIVE_ID, DIRECTIVE));
    }

    /** Started mid-process at the given elements, as if issuing were done; a branch not named is left out. */
    private ProcessInstance waitingAt(String... elements) {
        var start = runtimeService().createProcessInstanceByKey(KEY).setVariable(DIRECTIVE_ID, DIRECTIVE);
        for (String element : elements) {
            start.startBeforeActivity(element);
        }
        return start.execute();
    }

    private static MessageCorrelationBuilder message(String name, ProcessInstance directive) {
        return runtimeService().createMessageCorrelation(name).processInstanceId(directive.getId());
    }

    /** A batch step's delegate that notes its batch, the {@code loopCounter} the real ones read. */
    private static JavaDelegate notingBatchesIn(List<Integer> batches) {
        return execution -> batches.add((Integer) execution.getVariable("loopCounter"));
    }
}
