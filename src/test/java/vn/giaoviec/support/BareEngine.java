package vn.giaoviec.support;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Camunda alone doing the nearest equivalent of our work, in the benchmark's own JVM and database, so
 * a benchmark can print its figure as a ratio to the engine's: a parallel multi-instance call activity
 * to N children, each waiting in a user task for its unit's group (full history, as configured).
 */
public final class BareEngine {

    private static final String CASCADE = "bare-cascade";
    private static final String CHILD = "bare-child";
    private static final String TIMER = "bare-timer";
    private static final String OPEN = "bare-open";
    private static final String STEPS = "bare-steps";
    private static final int OPEN_PER_INSTANCE = 10_000;

    private final ProcessEngine engine;

    public BareEngine(ProcessEngine engine) {
        this.engine = engine;
        BpmnModelInstance child = Bpmn.createExecutableProcess(CHILD).camundaHistoryTimeToLive(1)
                .startEvent().userTask("UserTask_Work").camundaCandidateGroups("school-${unitNo}").endEvent().done();
        BpmnModelInstance cascade = Bpmn.createExecutableProcess(CASCADE).camundaHistoryTimeToLive(1)
                .startEvent().callActivity("CallActivity_Child").calledElement(CHILD).camundaIn("loopCounter", "unitNo")
                .multiInstance().parallel().cardinality("${units}").multiInstanceDone().endEvent().done();
        BpmnModelInstance timer = Bpmn.createExecutableProcess(TIMER).camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent("TimerEvent_Due").timerWithDate("${due}")
                .serviceTask("ServiceTask_Work").camundaExpression("${unitNo + 1}").endEvent().done();
        BpmnModelInstance open = Bpmn.createExecutableProcess(OPEN).camundaHistoryTimeToLive(1)
                .startEvent().userTask("UserTask_Open").camundaCandidateGroups("school-${loopCounter}")
                .multiInstance().parallel().cardinality("${tasks}").multiInstanceDone().endEvent().done();
        // our assignment's three steps of a unit's work: receive, report, review
        BpmnModelInstance steps = Bpmn.createExecutableProcess(STEPS).camundaHistoryTimeToLive(1).startEvent()
                .userTask("UserTask_Receive").camundaCandidateGroups("school-${unitNo}")
                .userTask("UserTask_Report").camundaCandidateGroups("school-${unitNo}")
                .userTask("UserTask_Review").camundaCandidateGroups("reviewer").endEvent().done();
        engine.getRepositoryService().createDeployment().name("bare engine for benchmarks")
                .addModelInstance(CHILD + ".bpmn", child).addModelInstance(CASCADE + ".bpmn", cascade)
                .addModelInstance(STEPS + ".bpmn", steps)
                .addModelInstance(TIMER + ".bpmn", timer).addModelInstance(OPEN + ".bpmn", open)
                .enableDuplicateFiltering(true).deploy();
    }

    /** Starts the cascade to {@code units} children in one transaction; milliseconds until every child's task exists. */
    public long cascade(String businessKey, int units) {
        long before = childTasks();
        long start = System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(CASCADE, businessKey, Map.of("units", units));
        long ms = (System.nanoTime() - start) / 1_000_000;
        long tasks = childTasks() - before;
        if (tasks != units) {
            throw new IllegalStateException(tasks + " of " + units + " tasks after the bare cascade");
        }
        return ms;
    }

    /**
     * {@code tasks} user tasks left open for the rest of the run, as a busy deployment's other work, so
     * that a benchmark measures its own work among them (10,000 per transaction).
     */
    public void openTasks(int tasks) {
        for (int left = tasks; left > 0; left -= OPEN_PER_INSTANCE) {
            engine.getRuntimeService().startProcessInstanceByKey(OPEN, Map.of("tasks", Math.min(left, OPEN_PER_INSTANCE)));
        }
    }

    /** {@code units} instances each waiting for a timer due at {@code due}, then doing a little work. */
    public void timers(int units, Date due) {
        for (int i = 0; i < units; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(TIMER, Map.of("unitNo", i, "due", due));
        }
    }

    /** Whether every timer instance has fired and done its work. */
    public boolean timersDone() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TIMER).count() == 0;
    }

    /** {@code units} independent instances of the child process, each waiting in its user task. */
    public void independentTasks(int units) {
        for (int i = 0; i < units; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(CHILD, Map.of("unitNo", i));
        }
    }

    /** Completes every waiting child task with {@code threads} threads, each task in its own transaction; milliseconds. */
    public long completeAll(int threads) throws InterruptedException, ExecutionException {
        var ids = engine.getTaskService().createTaskQuery().processDefinitionKey(CHILD).list().stream().map(Task::getId).toList();
        long ms = each(ids, threads, id -> engine.getTaskService().complete(id));
        if (childTasks() > 0) {
            throw new IllegalStateException(childTasks() + " bare tasks left");
        }
        return ms;
    }

    /** {@code units} instances of our assignment's three steps, each waiting in its first task. */
    public void stepInstances(int units) {
        for (int i = 0; i < units; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(STEPS, Map.of("unitNo", i));
        }
    }

    /**
     * Takes every waiting instance of the three steps through them with {@code threads} threads, as our
     * clients do: each thread one instance at a time, finding its open task and completing it, three
     * times; milliseconds.
     */
    public long completeSteps(int threads) throws InterruptedException, ExecutionException {
        var tasks = engine.getTaskService();
        var instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(STEPS).list()
                .stream().map(ProcessInstance::getId).toList();
        long ms = each(instances, threads, instance -> {
            for (int step = 0; step < 3; step++) {
                tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
        });
        long left = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(STEPS).count();
        if (left > 0) {
            throw new IllegalStateException(left + " bare instances left");
        }
        return ms;
    }

    private static long each(List<String> ids, int threads, Consumer<String> work)
            throws InterruptedException, ExecutionException {
        var queue = new ConcurrentLinkedQueue<>(ids);
        var pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (String id = queue.poll(); id != null; id = queue.poll()) {
                    work.accept(id);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> worker : workers) {
            worker.get(); // a worker's exception is the benchmark's
        }
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("bare workers still busy after 30 minutes");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long childTasks() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(CHILD).count();
    }
}
