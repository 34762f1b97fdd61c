package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static vn.giaoviec.support.ProcessTests.startFormOf;

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

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.support.ProcessTests;
import vn.giaoviec.support.ResetClock;

/**
 * bpmn/directive-withdrawal.bpmn alone, without Spring: Tasklist's door to a withdrawal (thu hồi).
 * The delegate that finds the directive and withdraws it is a mock.
 */
@ExtendWith(ResetClock.class)
@Deployment(resources = {"bpmn/directive-withdrawal.bpmn", "forms/withdraw-directive.form"})
class DirectiveWithdrawalProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final String KEY = "directive-withdrawal";

    ProcessEngine engine;

    WithdrawDirectiveDelegate withdrawDirective = mock(WithdrawDirectiveDelegate.class);

    @BeforeEach
    void registerTheDiagramsBeans() {
        init(engine);
        Mocks.register("withdrawDirectiveDelegate", withdrawDirective);
    }

    @AfterEach
    void forgetTheMocks() {
        Mocks.reset();
    }

    @Test
    void theWithdrawalIsCarriedOutWhileTheClerkSubmitsTheForm() {
        ProcessInstance withdrawal = submitted(Map.of("directiveNumber", "8628/SGDĐT-VP", "reason", "Ban hành nhầm"));

        assertThat(startFormOf(withdrawal)).isEqualTo("withdraw-directive");
        verify(withdrawDirective).execute(any());
        assertThat(withdrawal).hasPassedInOrder("StartEvent_WithdrawalRequested", "ServiceTask_WithdrawDirective",
                "EndEvent_DirectiveWithdrawn").isEnded();
    }

    @Test
    void aRefusedWithdrawalIsShownOnTheFormAndLeavesNoInstanceBehind() {
        doThrow(ApiException.notFound("your unit has issued no directive numbered 1/SGDĐT-VP"))
                .when(withdrawDirective).execute(any());

        assertThatThrownBy(() -> submitted(Map.of("directiveNumber", "1/SGDĐT-VP", "reason", "Ban hành nhầm")))
                .hasMessageContaining("no directive numbered 1/SGDĐT-VP");

        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    /** What Tasklist does with the start form. */
    private static ProcessInstance submitted(Map<String, Object> form) {
        return formService().submitStartForm(processDefinitionQuery().processDefinitionKey(KEY).singleResult().getId(),
                form);
    }
}
