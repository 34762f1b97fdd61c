package vn.giaoviec.deadline;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.deadline.DeadlineProcess.DEADLINE_PASSED;
import static vn.giaoviec.deadline.DeadlineProcess.GRACE_PASSED;
import static vn.giaoviec.deadline.DeadlineProcess.REMINDER_DUE;
import static vn.giaoviec.deadline.DeadlineProcess.WATCH;
import static vn.giaoviec.deadline.DeadlineProcess.GROUP_ID;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.runDueJobs;
import static vn.giaoviec.support.ProcessTests.runJobsDueAt;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * bpmn/deadline-watch.bpmn alone, without Spring: its timers come from the mocked {@code deadlines}
 * lookups, its steps are mocked delegates. The deadline is Friday 20 March 2026.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = "bpmn/deadline-watch.bpmn")
class DeadlineWatchProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long GROUP_OF_ONE_DEADLINE = 31L;
    static final Date REMINDER_DAY = at("2026-03-17T00:00");
    static final Date DAY_AFTER_DEADLINE = at("2026-03-21T00:00");
    static final Date GRACE_OVER = at("2026-03-26T00:00");
    static final Date NEXT_LEVEL_GRACE_OVER = at("2026-03-31T00:00");

    ProcessEngine engine;

    Deadlines deadlines = mock(Deadlines.class);
    SendReminderDelegate sendReminder = mock(SendReminderDelegate.class);
    RecordOverdueDelegate recordOverdue = mock(RecordOverdueDelegate.class);
    EscalateDelegate escalate = mock(EscalateDelegate.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(deadlines.reminderAt(GROUP_OF_ONE_DEADLINE)).thenReturn(REMINDER_DAY);
        when(deadlines.deadlinePassedAt(GROUP_OF_ONE_DEADLINE)).thenReturn(DAY_AFTER_DEADLINE);
        when(deadlines.escalationAt(GROUP_OF_ONE_DEADLINE)).thenReturn(GRACE_OVER);
        Mocks.register("deadlines", deadlines);
        Mocks.register("sendReminderDelegate", sendReminder);
        Mocks.register("recordOverdueDelegate", recordOverdue);
        Mocks.register("escalateDelegate", escalate);
        ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void theReminderFiresOnTheReminderDayAndTheDeadlineOnTheDayAfter() {
        ProcessInstance watch = runtimeService().startProcessInstanceByKey(WATCH,
                Map.of(GROUP_ID, GROUP_OF_ONE_DEADLINE));
        assertThat(watch).isWaitingAt(REMINDER_DUE).job(REMINDER_DUE).hasDueDate(REMINDER_DAY);

        runJobsDueAt(at("2026-03-16T23:59"));
        verify(sendReminder, never()).execute(any());

        runJobsDueAt(REMINDER_DAY);
        verify(sendReminder).execute(any());
        assertThat(watch).isWaitingAt(DEADLINE_PASSED).job(DEADLINE_PASSED).hasDueDate(DAY_AFTER_DEADLINE);

        runJobsDueAt(at("2026-03-20T23:59"));
        verify(recordOverdue, never()).execute(any());

        runJobsDueAt(DAY_AFTER_DEADLINE);
        verify(recordOverdue).execute(any());
        assertThat(watch).isWaitingAt(GRACE_PASSED).job(GRACE_PASSED).hasDueDate(GRACE_OVER);
        verify(escalate, never()).execute(any());
    }

    @Test
    void afterTheGraceTheIssuersHeadIsToldAndWithoutAFurtherLevelTheWatchEnds() {
        when(deadlines.hasFurtherLevel(GROUP_OF_ONE_DEADLINE)).thenReturn(false);
        ProcessInstance watch = startedWhereTheGraceRuns();

        runJobsDueAt(GRACE_OVER);

        verify(escalate).execute(any());
        assertThat(watch).hasPassed("EndEvent_WatchEnded").isEnded();
    }

    @Test
    void eachFurtherLevelIsToldAfterItsOwnGrace() {
        // level 1 at the end of the grace, level 2 five working days later; no level 3
        when(deadlines.escalationAt(GROUP_OF_ONE_DEADLINE)).thenReturn(GRACE_OVER, NEXT_LEVEL_GRACE_OVER);
        when(deadlines.hasFurtherLevel(GROUP_OF_ONE_DEADLINE)).thenReturn(true);
        ProcessInstance watch = startedWhereTheGraceRuns();

        runJobsDueAt(GRACE_OVER);
        verify(escalate).execute(any());
        assertThat(watch).isWaitingAt(GRACE_PASSED).job(GRACE_PASSED).hasDueDate(NEXT_LEVEL_GRACE_OVER);

        when(deadlines.hasFurtherLevel(GROUP_OF_ONE_DEADLINE)).thenReturn(false);
        runJobsDueAt(NEXT_LEVEL_GRACE_OVER);
        verify(escalate, times(2)).execute(any());
        assertThat(watch).isEnded();
    }

    @Test
    void aWatchStartedAfterItsDeadlineCatchesUpAtOnce() {
        // a back-filled directive: its reminder day and deadline are already past
        ClockUtil.setCurrentTime(at("2026-03-23T09:00"));
        ProcessInstance watch = runtimeService().startProcessInstanceByKey(WATCH,
                Map.of(GROUP_ID, GROUP_OF_ONE_DEADLINE));

        runDueJobs();

        var inOrder = inOrder(sendReminder, recordOverdue);
        inOrder.verify(sendReminder).execute(any());
        inOrder.verify(recordOverdue).execute(any());
        assertThat(watch).isWaitingAt(GRACE_PASSED).job(GRACE_PASSED).hasDueDate(GRACE_OVER);
    }

    private ProcessInstance startedWhereTheGraceRuns() {
        return runtimeService().createProcessInstanceByKey(WATCH).setVariable(GROUP_ID, GROUP_OF_ONE_DEADLINE)
                .startBeforeActivity(GRACE_PASSED).execute();
    }

    @Test
    void aWatchStartedBeforeDeadlineGroupsIsItsOwnGroup() {
        // such a process holds watchId; the upgrade made the watch a group with the same id
        DelegateExecution legacy = mock(DelegateExecution.class);
        when(legacy.getVariable(DeadlineProcess.LEGACY_WATCH_ID)).thenReturn(GROUP_OF_ONE_DEADLINE);
        DelegateExecution current = mock(DelegateExecution.class);
        when(current.getVariable(GROUP_ID)).thenReturn(GROUP_OF_ONE_DEADLINE);

        org.assertj.core.api.Assertions.assertThat(DeadlineProcess.groupOf(legacy)).isEqualTo(GROUP_OF_ONE_DEADLINE);
        org.assertj.core.api.Assertions.assertThat(DeadlineProcess.groupOf(current)).isEqualTo(GROUP_OF_ONE_DEADLINE);
    }
}
