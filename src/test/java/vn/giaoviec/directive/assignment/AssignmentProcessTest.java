package vn.giaoviec.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.giaoviec.directive.assignment.AssignmentProcess.ACCEPT;
import static vn.giaoviec.directive.assignment.AssignmentProcess.ASK_FOR_TIME;
import static vn.giaoviec.directive.assignment.AssignmentProcess.ASSIGNMENT_ID;
import static vn.giaoviec.directive.assignment.AssignmentProcess.CASCADE;
import static vn.giaoviec.directive.assignment.AssignmentProcess.CHILD_DIRECTIVE_ID;
import static vn.giaoviec.directive.assignment.AssignmentProcess.DECISION;
import static vn.giaoviec.directive.assignment.AssignmentProcess.DIRECT;
import static vn.giaoviec.directive.assignment.AssignmentProcess.END_ACCEPTED;
import static vn.giaoviec.directive.assignment.AssignmentProcess.ISSUE_CHILD_DIRECTIVE;
import static vn.giaoviec.directive.assignment.AssignmentProcess.KEY;
import static vn.giaoviec.directive.assignment.AssignmentProcess.MODE;
import static vn.giaoviec.directive.assignment.AssignmentProcess.RECEIVE;
import static vn.giaoviec.directive.assignment.AssignmentProcess.RECORD_COMPLETION;
import static vn.giaoviec.directive.assignment.AssignmentProcess.REPORT;
import static vn.giaoviec.directive.assignment.AssignmentProcess.REPORT_ACTION;
import static vn.giaoviec.directive.assignment.AssignmentProcess.RETURN;
import static vn.giaoviec.directive.assignment.AssignmentProcess.REVIEW_REPORT;
import static vn.giaoviec.directive.assignment.AssignmentProcess.SUBMIT_REPORT;
import static vn.giaoviec.support.ProcessTests.at;
import static vn.giaoviec.support.ProcessTests.formOf;
import static vn.giaoviec.support.ProcessTests.passOnCompletion;
import static vn.giaoviec.support.ProcessTests.runDueJobs;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.stubbing.Answer;

import vn.giaoviec.directive.DirectiveLookups;
import vn.giaoviec.directive.DirectiveProcess;
import vn.giaoviec.support.ProcessTests;
import vn.giaoviec.support.ResetClock;

/**
 * bpmn/assignment.bpmn alone, without Spring: one unit's duty from receiving it to the accepted report.
 * The {@code assignmentTasks} and {@code directives} lookups are mocks; the task listeners are mocks
 * that pass the form's choice on to the gateways as the real ones do; the implementation directive a
 * cascade calls is a one-task stub deployed with the diagram.
 */
@ExtendWith(ResetClock.class)
class AssignmentProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTests.engine();

    static final long ASSIGNMENT = 41L;
    static final long CHILD_DIRECTIVE = 71L;
    static final String SCHOOL = "thpt-tran-phu";
    static final String TEACHER = "thpt-tran-phu.nguyen-van-a";
    static final String MONITORING_UNIT = "so-gddt-vp";
    static final Date DUE = at("2026-03-20T23:59:59");
    static final Date REMINDER_DAY = at("2026-03-17T00:00");
    static final Date REVIEW_DUE = at("2026-03-05T23:59:59");
    static final String CHILD_DIRECTIVE_RUNS = "UserTask_ChildDirectiveRuns";

    ProcessEngine engine;
    String deployment;

    AssignmentTasks assignmentTasks = mock(AssignmentTasks.class);
    DirectiveLookups directives = mock(DirectiveLookups.class);
    WatchDeadlineListener watchDeadline = mock(WatchDeadlineListener.class);
    ReceiveAssignmentTask receiveTask = mock(ReceiveAssignmentTask.class);
    SubmitReportTask submitReportTask = mock(SubmitReportTask.class);
    ReviewReportTask reviewReportTask = mock(ReviewReportTask.class);
    UpdateDirectiveProgressDelegate updateDirectiveProgress = mock(UpdateDirectiveProgressDelegate.class);

    @BeforeEach
    void deployWithAStubDirectiveAndRegisterTheDiagramsBeans() {
        init(engine);
        // calledElementBinding="latest": the stub is the latest directive process of this engine
        deployment = repositoryService().createDeployment()
                .addClasspathResource("bpmn/assignment.bpmn")
                .addClasspathResource("forms/receive-assignment.form")
                .addClasspathResource("forms/submit-report.form")
                .addClasspathResource("forms/review-report.form")
                .addModelInstance("bpmn/directive.bpmn", Bpmn.createExecutableProcess(DirectiveProcess.KEY)
                        .camundaHistoryTimeToLive(180).startEvent().userTask(CHILD_DIRECTIVE_RUNS).endEvent().done())
                .deploy().getId();
        when(assignmentTasks.unitOf(ASSIGNMENT)).thenReturn(SCHOOL);
        when(assignmentTasks.assigneeOf(ASSIGNMENT)).thenReturn(TEACHER);
        when(assignmentTasks.dueOf(ASSIGNMENT)).thenReturn(DUE);
        when(assignmentTasks.followUpOf(ASSIGNMENT)).thenReturn(REMINDER_DAY);
        when(assignmentTasks.reviewerOf(ASSIGNMENT)).thenReturn(MONITORING_UNIT);
        when(assignmentTasks.reviewDue()).thenReturn(REVIEW_DUE);
        when(directives.numberOf(CHILD_DIRECTIVE)).thenReturn("15/KH-THPT");
        doAnswer(receivingTheUnitsChoice()).when(receiveTask).notify(any());
        doAnswer(passOnCompletion("action", REPORT_ACTION)).when(submitReportTask).notify(any());
        doAnswer(passOnCompletion(DECISION, DECISION)).when(reviewReportTask).notify(any());
        Mocks.register("assignmentTasks", assignmentTasks);
        Mocks.register("directives", directives);
        Mocks.register("watchAssignmentDeadline", watchDeadline);
        Mocks.register("receiveAssignmentTask", receiveTask);
        Mocks.register("submitReportTask", submitReportTask);
        Mocks.register("reviewReportTask", reviewReportTask);
        Mocks.register("updateDirectiveProgressDelegate", updateDirectiveProgress);
    }

    @AfterEach
    void undeployAndForgetTheMocks() {
        repositoryService().deleteDeployment(deployment, true);
        Mocks.reset();
    }

    @Test
    void aUnitReceivesItsAssignmentReportsAndHasTheReportAccepted() {
        ProcessInstance assignment = runtimeService().startProcessInstanceByKey(KEY, Map.of(ASSIGNMENT_ID, ASSIGNMENT));
        verify(watchDeadline).notify(any());
        assertThat(assignment).isWaitingAt(RECEIVE);
        assertThat(task(assignment)).hasCandidateGroup(SCHOOL).hasDueDate(DUE);
        assertThat(task(assignment).getFollowUpDate()).isEqualTo(REMINDER_DAY);
        assertThat(formOf(task(assignment))).isEqualTo("receive-assignment");

        complete(task(assignment), withVariables(MODE, DIRECT, "assignee", TEACHER));

        assertThat(assignment).isWaitingAt(SUBMIT_REPORT);
        assertThat(task(assignment)).isAssignedTo(TEACHER).hasCandidateGroupAssociated(SCHOOL).hasDueDate(DUE);
        assertThat(task(assignment).getFollowUpDate()).isEqualTo(REMINDER_DAY);
        assertThat(formOf(task(assignment))).isEqualTo("submit-report");

        complete(task(assignment), withVariables("action", REPORT));

        assertThat(assignment).isWaitingAt(REVIEW_REPORT);
        assertThat(task(assignment)).hasCandidateGroup(MONITORING_UNIT).hasDueDate(REVIEW_DUE);
        assertThat(formOf(task(assignment))).isEqualTo("review-report");

        complete(task(assignment), withVariables(DECISION, ACCEPT));

        // the reviewer's click answers at once: the directive is told in the background
        assertThat(assignment).isWaitingAt(RECORD_COMPLETION);
        verify(updateDirectiveProgress, never()).execute(any());
        runDueJobs();
        verify(updateDirectiveProgress).execute(any());
        assertThat(assignment).hasPassed(END_ACCEPTED).isEnded();
        verify(watchDeadline).notify(any());
    }

    @Test
    void aCascadedAssignmentWaitsForItsImplementationDirectiveThenReports() {
        ProcessInstance assignment = runtimeService().startProcessInstanceByKey(KEY, Map.of(ASSIGNMENT_ID, ASSIGNMENT));

        complete(task(assignment), withVariables(MODE, CASCADE));

        assertThat(assignment).isWaitingAt(ISSUE_CHILD_DIRECTIVE).calledProcessInstance(DirectiveProcess.KEY)
                .hasBusinessKey("15/KH-THPT").variables().containsEntry(DirectiveProcess.DIRECTIVE_ID, CHILD_DIRECTIVE);

        ProcessInstance child = processInstanceQuery().superProcessInstanceId(assignment.getId()).singleResult();
        complete(task(CHILD_DIRECTIVE_RUNS, child));

        assertThat(assignment).isWaitingAt(SUBMIT_REPORT);
        assertThat(task(assignment)).isAssignedTo(TEACHER).hasDueDate(DUE);
    }

    @Test
    void aReturnedReportGoesBackToTheReportStepWithItsDeadlineWatchedAgain() {
        ProcessInstance assignment = startedAt(REVIEW_REPORT);

        complete(task(assignment), withVariables(DECISION, RETURN, "comment", "Bổ sung số liệu"));

        assertThat(assignment).isWaitingAt(SUBMIT_REPORT);
        assertThat(task(assignment)).isAssignedTo(TEACHER).hasDueDate(DUE);
        // started at the review: the one watch is the one the return starts
        verify(watchDeadline).notify(any());
    }

    @Test
    void askingForMoreTimeInsteadOfReportingBringsTheReportStepBack() {
        ProcessInstance assignment = startedAt(SUBMIT_REPORT);
        String asked = task(assignment).getId();

        complete(task(assignment), withVariables("action", ASK_FOR_TIME));

        assertThat(assignment).isWaitingAt(SUBMIT_REPORT).hasNotPassed(REVIEW_REPORT);
        assertThat(task(assignment).getId()).isNotEqualTo(asked);
        // the deadline watch stays as it is until the request is decided
        verify(watchDeadline, never()).notify(any());
    }

    private static ProcessInstance startedAt(String step) {
        return runtimeService().createProcessInstanceByKey(KEY).setVariable(ASSIGNMENT_ID, ASSIGNMENT)
                .startBeforeActivity(step).execute();
    }

    /** As ReceiveAssignmentTask on completion: the unit's choice, and for a cascade its child directive. */
    private static Answer<Void> receivingTheUnitsChoice() {
        return invocation -> {
            DelegateTask task = invocation.getArgument(0);
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                Object mode = task.getVariable(MODE);
                task.getExecution().setVariable(MODE, mode);
                task.getExecution().setVariable(CHILD_DIRECTIVE_ID, CASCADE.equals(mode) ? CHILD_DIRECTIVE : null);
            }
            return null;
        };
    }
}
