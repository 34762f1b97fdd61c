package vn.giaoviec.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.mockito.stubbing.Answer;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.kernel.Time;

/**
 * Plain static helpers for the process tests without Spring ({@code *ProcessTest}: one diagram on the
 * engine of src/test/resources/process-tests.camunda.cfg.xml, its beans mocked). They use the engine handed to
 * {@code BpmnAwareTests.init(engine)}. The Spring integration tests have {@link Jobs} instead.
 */
public final class ProcessTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessTests() {
    }

    /**
     * The process tests' engine, from a configuration file of their own name: a {@code camunda.cfg.xml}
     * would also be read by the Spring tests' webapps (ProcessEngines), which would build a second engine.
     */
    public static ProcessEngineExtension engine() {
        return ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();
    }

    /** A moment in Vietnam's time, as the application counts: {@code at("2026-03-17T00:00")}. */
    public static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(Time.ZONE).toInstant());
    }

    /** Moves the engine's clock to {@code moment} and runs every job due by then, as the job executor would. */
    public static int runJobsDueAt(Date moment) {
        ClockUtil.setCurrentTime(moment);
        return runDueJobs();
    }

    /** Runs the jobs due now (timers whose moment has come, asynchronous steps) until none is left; returns how many. */
    public static int runDueJobs() {
        int ran = 0;
        for (Job job = nextDueJob(); job != null; job = nextDueJob()) {
            if (++ran > 1_000) {
                throw new IllegalStateException("jobs keep coming: a loop in the diagram?");
            }
            managementService().executeJob(job.getId());
        }
        return ran;
    }

    private static Job nextDueJob() {
        return managementService().createJobQuery().executable().active().orderByJobDuedate().asc()
                .listPage(0, 1).stream().findFirst().orElse(null);
    }

    /** The id of the Camunda Form Tasklist shows on the task (found in the diagram's own deployment). */
    public static String formOf(Task task) {
        return formId(formService().getDeployedTaskForm(task.getId()));
    }

    /** The id of the Camunda Form Tasklist shows to start the instance's process. */
    public static String startFormOf(ProcessInstance instance) {
        return formId(formService().getDeployedStartForm(instance.getProcessDefinitionId()));
    }

    private static String formId(InputStream form) {
        try (form) {
            return JSON.readTree(form).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For a mocked task listener, what our listeners do when their form is completed: the submitted
     * field becomes the process variable the next gateway reads, e.g.
     * {@code doAnswer(passOnCompletion("action", "reportAction")).when(submitReportTask).notify(any())}.
     */
    public static Answer<Void> passOnCompletion(String formField, String processVariable) {
        return invocation -> {
            DelegateTask task = invocation.getArgument(0);
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                task.getExecution().setVariable(processVariable, task.getVariable(formField));
            }
            return null;
        };
    }
}
