package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.intake.IntakeProcess.KEY;
import static vn.giaoviec.intake.IntakeProcess.PASTED;
import static vn.giaoviec.intake.IntakeProcess.REVIEW_DRAFT;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
import static vn.giaoviec.support.ProcessTests.startFormOf;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.support.ProcessTests;
import vn.giaoviec.support.ResetClock;

/**
 * bpmn/directive-intake.bpmn alone, without Spring: the clerk pastes a letter's text, checks the draft
 * read from it and issues it. The {@code intake} lookups are mocked; reading the draft and issuing it
 * are the review task's listener's business, a mock here.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/directive-intake.bpmn", "forms/paste-directive-text.form", "forms/review-draft.form"})
class DirectiveIntakeProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final String CLERK = "so-gddt.van-thu";
    static final Date REVIEW_DUE = at("2026-03-05T23:59:59");
    static final String CLERKS_UNIT = "so-gddt-vp";
    static final String LETTER = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 501/SGDĐT-VP\nV/v tổ chức ngày hội đọc sách";

    ProcessEngine engine;

    IntakeLookups intake = mock(IntakeLookups.class);
    ReviewDraftTask reviewDraftTask = mock(ReviewDraftTask.class);

    @BeforeEach
    void registerTheDiagramsBeansAndLogTheClerkIn() {
        init(engine);
        when(intake.reviewDue()).thenReturn(REVIEW_DUE);
        when(intake.unitOf(CLERK)).thenReturn(List.of(CLERKS_UNIT));
        Mocks.register("intake", intake);
        Mocks.register("reviewDraftTask", reviewDraftTask);
        identityService().setAuthenticatedUserId(CLERK);
    }

    @AfterEach
    void forgetTheMocksAndTheClerk() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    @Test
    void thePastedTextBecomesADraftForTheClerkWhoPastedItAndCompletingItIssuesTheDirective() {
        ProcessInstance intake = pasted(LETTER);

        assertThat(startFormOf(intake)).isEqualTo("paste-directive-text");
        assertThat(intake).isWaitingAt(REVIEW_DRAFT);
        assertThat(task(intake)).isAssignedTo(CLERK).hasDueDate(REVIEW_DUE);
        // the unit's filters list it, so the clerk finds the draft again after leaving it
        assertThat(task(intake)).hasCandidateGroupAssociated(CLERKS_UNIT);
        assertThat(formOf(task(intake))).isEqualTo("review-draft");
        verify(reviewDraftTask).notify(any());
        // the start form's group arrives as JSON, readable with Spin
        JsonValue text = runtimeService().getVariableTyped(intake.getId(), PASTED);
        assertThat(text.getValue().prop("text").stringValue()).isEqualTo(LETTER);

        complete(task(intake));

        verify(reviewDraftTask, times(2)).notify(any());
        assertThat(intake).hasPassed("EndEvent_DirectiveIssued").isEnded();
    }

    @Test
    void aDraftThatCannotBeIssuedStaysWithTheClerk() {
        ProcessInstance intake = pasted(LETTER);
        doThrow(ApiException.forbidden("a unit registers only its own directives: issuer must be so-gddt"))
                .when(reviewDraftTask).notify(any());

        assertThatThrownBy(() -> complete(task(intake))).hasMessageContaining("issuer must be so-gddt");

        assertThat(intake).isWaitingAt(REVIEW_DRAFT);
        assertThat(task(intake)).isAssignedTo(CLERK);
    }

    /** What Tasklist does with the start form: the group {@code pasted} goes in as JSON. */
    private static ProcessInstance pasted(String text) {
        String definition = processDefinitionQuery().processDefinitionKey(KEY).singleResult().getId();
        return formService().submitStartForm(definition,
                Map.of(PASTED, SpinValues.jsonValue(JSON(Map.of("text", text))).create()));
    }
}
