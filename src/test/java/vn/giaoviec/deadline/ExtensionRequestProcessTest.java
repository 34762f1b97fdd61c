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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.deadline.DeadlineProcess.DECIDE_EXTENSION;
import static vn.giaoviec.deadline.DeadlineProcess.EXTENSION_REQUEST;
import static vn.giaoviec.deadline.DeadlineProcess.EXTENSION_REQUEST_ID;
import static vn.giaoviec.deadline.DeadlineProcess.GRANT;
import static vn.giaoviec.deadline.DeadlineProcess.REFUSE;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
import static vn.giaoviec.support.ProcessTests.passOnCompletion;

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
 * bpmn/extension-request.bpmn alone, without Spring: a unit's request for more time, decided by the
 * monitoring unit or the issuer. The {@code extensionRequests} lookups are mocked; the task's listener
 * is a mock that passes the form's {@code decision} on, as the real one does after applying it.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/extension-request.bpmn", "forms/decide-extension.form"})
class ExtensionRequestProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long REQUEST = 8L;
    static final String MONITORING_UNIT = "so-gddt-vp";
    static final String ISSUER = "so-gddt";
    static final Date DUE = at("2026-03-12T23:59:59");

    ProcessEngine engine;

    ExtensionRequests extensionRequests = mock(ExtensionRequests.class);
    DecideExtensionTask decideTask = mock(DecideExtensionTask.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        when(extensionRequests.decidersOf(REQUEST)).thenReturn(MONITORING_UNIT + "," + ISSUER);
        when(extensionRequests.dueOf(REQUEST)).thenReturn(DUE);
        doAnswer(passOnCompletion("decision", "decision")).when(decideTask).notify(any());
        Mocks.register("extensionRequests", extensionRequests);
        Mocks.register("decideExtensionTask", decideTask);
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void aGrantedExtensionEndsTheRequest() {
        ProcessInstance request = requested();
        assertThat(request).isWaitingAt(DECIDE_EXTENSION);
        assertThat(task(request)).hasCandidateGroup(MONITORING_UNIT).hasCandidateGroup(ISSUER).hasDueDate(DUE)
                .isNotAssigned();
        assertThat(formOf(task(request))).isEqualTo("decide-extension");
        verify(decideTask).notify(any());

        complete(task(request), withVariables("decision", GRANT));

        verify(decideTask, times(2)).notify(any());
        assertThat(request).hasPassed("EndEvent_ExtensionGranted").isEnded();
    }

    @Test
    void aRefusedExtensionEndsTheRequestAsRefused() {
        ProcessInstance request = requested();

        complete(task(request), withVariables("decision", REFUSE, "comment", "Đã quá thời gian cho phép"));

        assertThat(request).hasPassed("EndEvent_ExtensionRefused").hasNotPassed("EndEvent_ExtensionGranted")
                .isEnded();
    }

    private ProcessInstance requested() {
        return runtimeService().startProcessInstanceByKey(EXTENSION_REQUEST, "15/KH-THPT",
                Map.of(EXTENSION_REQUEST_ID, REQUEST));
    }
}
