package vn.giaoviec.directive.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.Time;

/**
 * A user task a process owner adds to assignment.bpmn (from a template or by hand) is named and
 * headed like the shipped ones: Tasklist's list shows the step, the letter's number, the task's
 * deadline and the subject, and its form may show the letter's header fields (directiveNumber,
 * directiveSubject, issuerName, unitName, deadlineText, itemsText: {@link AssignmentFormView}).
 */
@Component
class AddedSteps extends AbstractProcessEnginePlugin implements TaskListener {

    private static final Set<String> SHIPPED = Set.of(AssignmentProcess.RECEIVE, AssignmentProcess.SUBMIT_REPORT,
            AssignmentProcess.REVIEW_REPORT);

    private final AssignmentForms forms;

    // the engine is built before the beans its listeners use
    AddedSteps(@Lazy AssignmentForms forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity process
                        && AssignmentProcess.KEY.equals(process.getKey()) && !SHIPPED.contains(activity.getId())
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
                    task.getTaskDefinition().addTaskListener(EVENTNAME_CREATE, AddedSteps.this);
                }
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment a = forms.assignment(task);
        task.setName(forms.title(task, a, task.getDueDate() == null ? null
                : task.getDueDate().toInstant().atZone(Time.ZONE).toLocalDate(), null));
    }
}
