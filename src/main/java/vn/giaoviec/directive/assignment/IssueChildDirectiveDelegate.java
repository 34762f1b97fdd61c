package vn.giaoviec.directive.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step of element template "Giao việc cho đơn vị": its inputs childRecipients, childSubject, childTask, childDueDays. */
@Component("issueChildDirectiveDelegate")
class IssueChildDirectiveDelegate implements JavaDelegate {

    private final ChildLetters letters;

    IssueChildDirectiveDelegate(ChildLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.issue((Long) execution.getVariable(AssignmentProcess.ASSIGNMENT_ID),
                (String) execution.getVariable("childRecipients"), (String) execution.getVariable("childSubject"),
                (String) execution.getVariable("childTask"), String.valueOf(execution.getVariable("childDueDays")));
    }
}
