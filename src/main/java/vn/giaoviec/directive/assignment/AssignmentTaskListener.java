package vn.giaoviec.directive.assignment;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.giaoviec.kernel.FormVariables;

/**
 * The shape every step of an assignment shares: on create the form is filled from our tables (the
 * common header, then the step's own fields); on complete the step's values go to the rules.
 */
abstract class AssignmentTaskListener implements TaskListener {

    protected final AssignmentForms forms;
    protected final AssignmentRules rules;

    AssignmentTaskListener(AssignmentForms forms, AssignmentRules rules) {
        this.forms = forms;
        this.rules = rules;
    }

    @Override
    public final void notify(DelegateTask task) {
        Assignment a = forms.assignment(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillHeader(task, a);
            task.setVariablesLocal(FormVariables.storable(fields(a)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, a);
        }
    }

    /** The step's own form fields. */
    abstract Map<String, Object> fields(Assignment a);

    /** Hands the submitted form to the rules. */
    abstract void completed(DelegateTask task, Assignment a);
}
