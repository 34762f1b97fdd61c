package vn.giaoviec.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.rounds.ReportRounds.PROCESS;
import static vn.giaoviec.rounds.ReportRounds.ROUND_REPORT_ID;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
 * bpmn/round-report.bpmn alone, without Spring: one unit's report in a report round. The
 * {@code reportRounds} lookups are mocked, and so are the listeners that start the deadline watch and
 * store the report.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/round-report.bpmn", "forms/submit-round-report.form"})
class RoundReportProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long ROUND_REPORT = 23L;
    static final String SCHOOL = "thpt-tran-phu";
    /** A monthly round cut off on 14 April 2026, due five working days later, reminded two before. */
    static final Date DUE = at("2026-04-21T23:59:59");
    static final Date FOLLOW_UP = at("2026-04-17T00:00");

    ProcessEngine engine;

    ReportRounds reportRounds = mock(ReportRounds.class);
    WatchRoundReportListener watchDeadline = mock(WatchRoundReportListener.class);
    SubmitRoundReportTask submitTask = mock(SubmitRoundReportTask.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(reportRounds.unitOf(ROUND_REPORT)).thenReturn(SCHOOL);
        when(reportRounds.dueOf(ROUND_REPORT)).thenReturn(DUE);
        when(reportRounds.followUpOf(ROUND_REPORT)).thenReturn(FOLLOW_UP);
        Mocks.register("reportRounds", reportRounds);
        Mocks.register("watchRoundReportDeadline", watchDeadline);
        Mocks.register("submitRoundReportTask", submitTask);
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void theUnitIsAskedForItsRoundReportWithItsDeadlineWatchedAndSubmittingItEndsTheRequest() {
        ProcessInstance report = runtimeService().startProcessInstanceByKey(PROCESS, "15/KH-UBND",
                Map.of(ROUND_REPORT_ID, ROUND_REPORT));

        verify(watchDeadline).notify(any());
        assertThat(report).isWaitingAt("UserTask_SubmitRoundReport");
        assertThat(task(report)).hasCandidateGroup(SCHOOL).hasDueDate(DUE).isNotAssigned();
        assertThat(task(report).getFollowUpDate()).isEqualTo(FOLLOW_UP);
        assertThat(formOf(task(report))).isEqualTo("submit-round-report");
        verify(submitTask).notify(any());

        complete(task(report), withVariables("result", "Đã tổ chức 3 buổi tuyên truyền"));

        verify(submitTask, times(2)).notify(any());
        assertThat(report).hasPassed("EndEvent_RoundReportSubmitted").isEnded();
    }
}
