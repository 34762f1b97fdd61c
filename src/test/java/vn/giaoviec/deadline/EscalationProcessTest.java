package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.deadline.DeadlineProcess.CASE_ID;
import static vn.giaoviec.deadline.DeadlineProcess.DECIDE_ESCALATION;
import static vn.giaoviec.deadline.DeadlineProcess.ESCALATION;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
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
 * bpmn/escalation.bpmn alone, without Spring: the head's one task for the units still late after the
 * grace (one per directive, deadline and level). The {@code lateCases} lookups are mocked; the
 * decisions themselves are the task listener's business, a mock here.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/escalation.bpmn", "forms/decide-escalation.form"})
class EscalationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long LATE_CASE = 14L;
    static final String ISSUER = "so-gddt";
    static final String ISSUERS_HEAD = "so-gddt.head";
    /** The grace of a deadline of Friday 20 March 2026 ended on Wednesday 25 March. */
    static final Date LIST_SETTLES = at("2026-03-26T08:00");
    static final Date DUE = at("2026-03-31T23:59:59");

    ProcessEngine engine;

    LateCaseLookups lateCases = mock(LateCaseLookups.class);
    DecideEscalationTask decideTask = mock(DecideEscalationTask.class);
    LateCaseClosedListener caseClosed = mock(LateCaseClosedListener.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(lateCases.listAt(LATE_CASE)).thenReturn(LIST_SETTLES);
        when(lateCases.unitOf(LATE_CASE)).thenReturn(ISSUER);
        when(lateCases.assigneeOf(LATE_CASE)).thenReturn(ISSUERS_HEAD);
        when(lateCases.dueOf(LATE_CASE)).thenReturn(DUE);
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(true);
        Mocks.register("lateCases", lateCases);
        Mocks.register("decideEscalationTask", decideTask);
        Mocks.register("lateCaseClosedListener", caseClosed);
        ClockUtil.setCurrentTime(at("2026-03-26T00:00"));
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void theHeadDecidesOnTheLateUnitsOnceTheListSettlesAndTheCaseCloses() {
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(ESCALATION, Map.of(CASE_ID, LATE_CASE));
        assertThat(escalation).isWaitingAt("TimerEvent_ListSettled").job().hasDueDate(LIST_SETTLES);

        runJobsDueAt(LIST_SETTLES);

        assertThat(escalation).isWaitingAt(DECIDE_ESCALATION);
        assertThat(task(escalation)).isAssignedTo(ISSUERS_HEAD).hasCandidateGroupAssociated(ISSUER).hasDueDate(DUE);
        assertThat(formOf(task(escalation))).isEqualTo("decide-escalation");
        verify(decideTask).notify(any());

        // the head decided on every unit: nobody is left on the list
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(false);
        complete(task(escalation));

        verify(decideTask, times(2)).notify(any());
        assertThat(escalation).hasPassed("EndEvent_AllDecided").isEnded();
        verify(caseClosed).notify(any());
    }

    @Test
    void unitsLeftUndecidedComeBackInAFreshTask() {
        ProcessInstance escalation = runtimeService().createProcessInstanceByKey(ESCALATION)
                .setVariable(CASE_ID, LATE_CASE).startBeforeActivity(DECIDE_ESCALATION).execute();
        String firstTask = task(escalation).getId();

        complete(task(escalation));

        assertThat(escalation).isWaitingAt(DECIDE_ESCALATION);
        assertThat(task(escalation).getId()).isNotEqualTo(firstTask);
        assertThat(task(escalation)).isAssignedTo(ISSUERS_HEAD).hasDueDate(DUE);
        verify(caseClosed, never()).notify(any());
    }

    @Test
    void aListEmptiedBeforeItSettlesEndsWithoutATask() {
        // every late unit reported or was given more time during the list delay
        when(lateCases.hasEntries(LATE_CASE)).thenReturn(false);
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(ESCALATION, Map.of(CASE_ID, LATE_CASE));

        runJobsDueAt(LIST_SETTLES);

        assertThat(escalation).hasPassed("EndEvent_AllDecided").hasNotPassed(DECIDE_ESCALATION).isEnded();
        verify(decideTask, never()).notify(any());
        verify(caseClosed).notify(any());
    }
}
