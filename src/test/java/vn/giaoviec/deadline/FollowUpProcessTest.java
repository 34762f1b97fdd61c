package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.deadline.DeadlineProcess.CASE_ID;
import static vn.giaoviec.deadline.DeadlineProcess.CLOSE;
import static vn.giaoviec.deadline.DeadlineProcess.EMPTY;
import static vn.giaoviec.deadline.DeadlineProcess.FOLLOW_UP;
import static vn.giaoviec.deadline.DeadlineProcess.FOLLOW_UP_TASK;
import static vn.giaoviec.deadline.DeadlineProcess.REMIND;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
import static vn.giaoviec.support.ProcessTests.passOnCompletion;
import static vn.giaoviec.support.ProcessTests.runDueJobs;
import static vn.giaoviec.support.ProcessTests.runJobsDueAt;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
 * bpmn/follow-up.bpmn alone, without Spring: the monitoring unit's one follow-up task (đôn đốc) for
 * the late units of a directive and deadline. The {@code lateCases} lookups are mocked; the task's
 * listener is a mock that passes the form's {@code action} on as {@code followUpAction}, as the real
 * one does.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/follow-up.bpmn", "forms/follow-up-late-units.form"})
class FollowUpProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long LATE_CASE = 12L;
    static final String MONITORING_UNIT = "so-gddt-vp";
    /** The deadline was Friday 20 March 2026: the list settles the next morning. */
    static final Date LIST_SETTLES = at("2026-03-21T08:00");
    static final Date DUE = at("2026-03-25T23:59:59");

    ProcessEngine engine;

    LateCaseLookups lateCases = mock(LateCaseLookups.class);
    FollowUpLateUnitsTask followUpTask = mock(FollowUpLateUnitsTask.class);
    RemindLateUnitsDelegate remindLateUnits = mock(RemindLateUnitsDelegate.class);
    LateCaseClosedListener caseClosed = mock(LateCaseClosedListener.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(lateCases.listAt(LATE_CASE)).thenReturn(LIST_SETTLES);
        when(lateCases.unitOf(LATE_CASE)).thenReturn(MONITORING_UNIT);
        when(lateCases.dueOf(LATE_CASE)).thenReturn(DUE);
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(true);
        doAnswer(passOnCompletion("action", FollowUpLateUnitsTask.FOLLOW_UP_ACTION)).when(followUpTask).notify(any());
        Mocks.register("lateCases", lateCases);
        Mocks.register("followUpLateUnitsTask", followUpTask);
        Mocks.register("remindLateUnitsDelegate", remindLateUnits);
        Mocks.register("lateCaseClosedListener", caseClosed);
        ClockUtil.setCurrentTime(at("2026-03-21T00:00"));
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void theLateUnitsAreListedOnceTheListSettlesAndOneClickRemindsThemAll() {
        ProcessInstance followUp = runtimeService().startProcessInstanceByKey(FOLLOW_UP, Map.of(CASE_ID, LATE_CASE));
        assertThat(followUp).isWaitingAt("TimerEvent_ListSettled").job().hasDueDate(LIST_SETTLES);

        runJobsDueAt(LIST_SETTLES);

        assertThat(followUp).isWaitingAt(FOLLOW_UP_TASK);
        assertThat(task(followUp)).hasCandidateGroup(MONITORING_UNIT).hasDueDate(DUE).isNotAssigned();
        assertThat(formOf(task(followUp))).isEqualTo("follow-up-late-units");
        verify(followUpTask).notify(any());
        String firstTask = task(followUp).getId();

        complete(task(followUp), withVariables("action", REMIND));
        // the reminders go out in the background: the click answers at once
        assertThat(followUp).isWaitingAt("ServiceTask_RemindLateUnits");
        verify(remindLateUnits, never()).execute(any());

        runDueJobs();

        verify(remindLateUnits).execute(any());
        assertThat(followUp).isWaitingAt(FOLLOW_UP_TASK);
        assertThat(task(followUp).getId()).as("a fresh task for whoever is still late").isNotEqualTo(firstTask);
        verify(caseClosed, never()).notify(any());
    }

    @Test
    void closingTheTaskEndsTheFollowUpAndClosesTheCase() {
        ProcessInstance followUp = startedAtTheFollowUpTask();

        complete(task(followUp), withVariables("action", CLOSE));

        assertThat(followUp).hasPassed("EndEvent_FollowUpClosed").isEnded();
        verify(remindLateUnits, never()).execute(any());
        verify(caseClosed).notify(any());
    }

    @Test
    void anEmptyListEndsTheFollowUp() {
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(false);
        ProcessInstance followUp = runtimeService().startProcessInstanceByKey(FOLLOW_UP, Map.of(CASE_ID, LATE_CASE));

        runJobsDueAt(LIST_SETTLES);

        assertThat(followUp).hasPassed("EndEvent_NoLateUnits").hasNotPassed(FOLLOW_UP_TASK).isEnded();
        verify(followUpTask, never()).notify(any());
        verify(caseClosed).notify(any());
    }

    @Test
    void whenEveryoneHasReportedByTheTimeTheRemindersAreSentTheFollowUpEnds() {
        ProcessInstance followUp = startedAtTheFollowUpTask();
        complete(task(followUp), withVariables("action", REMIND));
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(false);

        runDueJobs();

        verify(remindLateUnits).execute(any());
        assertThat(followUp).hasPassed("EndEvent_NoLateUnits").isEnded();
        verify(followUpTask, times(2)).notify(any());
    }

    @Test
    void aTaskTheCaseEmptiedEndsAsAClosedFollowUp() {
        // the last late unit reported while the task was open: the case completes it with EMPTY
        ProcessInstance followUp = startedAtTheFollowUpTask();

        complete(task(followUp), withVariables("action", EMPTY));

        assertThat(followUp).hasPassed("EndEvent_FollowUpClosed").hasNotPassed("EndEvent_NoLateUnits").isEnded();
        verify(remindLateUnits, never()).execute(any());
    }

    private ProcessInstance startedAtTheFollowUpTask() {
        return runtimeService().createProcessInstanceByKey(FOLLOW_UP).setVariable(CASE_ID, LATE_CASE)
                .startBeforeActivity(FOLLOW_UP_TASK).execute();
    }
}
