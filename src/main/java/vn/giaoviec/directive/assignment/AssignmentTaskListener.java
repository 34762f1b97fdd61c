package vn.giaoviec.directive.assignment;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;


/**
 * The shape every step of an assignment shares: on create the task names the letter and its deadline
 * (Tasklist's list shows it); the step's own fields, prefilled from our tables, and what the form only
 * shows come when the form is opened ({@link AssignmentFormView}); on complete the step's values go
 * to the rules.
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
            task.setName(title(task, a));
            created(task, a);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, a);
        }
    }

    /** The task's name: by default the step, the letter's number, what the unit must meet now and the subject. */
    String title(DelegateTask task, Assignment a) {
        return forms.title(task, a, a.currentDue(), null);
    }

    /** What the step does once its task exists, besides filling its form. */
    void created(DelegateTask task, Assignment a) {
    }

    /** The step's own form fields, prefilled. */
    abstract Map<String, Object> fields(Assignment a);

    /** Hands the submitted form to the rules. */
    abstract void completed(DelegateTask task, Assignment a);
}
