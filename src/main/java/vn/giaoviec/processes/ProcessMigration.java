package vn.giaoviec.processes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;

import vn.giaoviec.kernel.ApiException;

/**
 * Moves the running instances of a process's older versions to its latest version with Camunda's
 * migration API. Steps are matched by their ids (the deployment guard keeps every shipped step's id);
 * an instance waiting in a step the latest version no longer has cannot move and stays, working, on
 * its version. The dry run reports the same without changing anything.
 */
@Service
class ProcessMigration {

    /** Instances waiting in a step the target version lacks. */
    record Blocked(String activity, String name, long instances) {
    }

    record FromVersion(int version, String definitionId, long instances, long movable, List<Blocked> blocked,
                       List<String> problems) {
    }

    record Report(String process, int targetVersion, String targetDefinitionId, boolean dryRun,
                  List<FromVersion> versions, long migrated) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;

    ProcessMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    Report toLatest(String key, boolean dryRun) {
        ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (target == null) {
            throw ApiException.notFound("no process " + key);
        }
        List<FromVersion> versions = new ArrayList<>();
        long migrated = 0;
        for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (source.getVersion() >= target.getVersion()) {
                continue;
            }
            List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list()
                    .stream().map(ProcessInstance::getId).toList();
            if (instances.isEmpty()) {
                continue;
            }
            MigrationPlan plan;
            try {
                plan = runtime.createMigrationPlan(source.getId(), target.getId())
                        .mapEqualActivities().updateEventTriggers().build();
            } catch (MigrationPlanValidationException e) {
                List<String> problems = new ArrayList<>();
                e.getValidationReport().getInstructionReports().forEach(r -> problems.addAll(r.getFailures()));
                problems.addAll(e.getValidationReport().getVariableReports().values().stream()
                        .flatMap(r -> r.getFailures().stream()).toList());
                versions.add(new FromVersion(source.getVersion(), source.getId(), instances.size(), 0, List.of(),
                        problems.isEmpty() ? List.of(e.getMessage()) : problems));
                continue;
            }
            Set<String> mapped = new HashSet<>();
            for (MigrationInstruction instruction : plan.getInstructions()) {
                mapped.add(instruction.getSourceActivityId());
            }
            List<Blocked> blocked = new ArrayList<>();
            Set<String> staying = new HashSet<>();
            for (FlowNode step : repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class)) {
                if (mapped.contains(step.getId())) {
                    continue;
                }
                List<ProcessInstance> waiting = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                        .activityIdIn(step.getId()).list();
                if (!waiting.isEmpty()) {
                    blocked.add(new Blocked(step.getId(), step.getName(), waiting.size()));
                    waiting.forEach(i -> staying.add(i.getId()));
                }
            }
            List<String> movable = instances.stream().filter(id -> !staying.contains(id)).toList();
            if (!dryRun && !movable.isEmpty()) {
                runtime.newMigration(plan).processInstanceIds(movable).execute();
                migrated += movable.size();
            }
            versions.add(new FromVersion(source.getVersion(), source.getId(), instances.size(), movable.size(), blocked,
                    List.of()));
        }
        return new Report(key, target.getVersion(), target.getId(), dryRun, versions, migrated);
    }
}
