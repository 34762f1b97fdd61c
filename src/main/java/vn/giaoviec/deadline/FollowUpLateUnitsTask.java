package vn.giaoviec.deadline;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.FormVariables;

/**
 * Đôn đốc các đơn vị chậm: the monitoring unit's one task per directive and deadline. On create it
 * lists the late units (contacts, what is missing); completing it sends one reminder to all of them
 * ({@code action} REMIND, with {@code message}) or ends the follow-up (CLOSE). The case itself
 * completes it with EMPTY once nobody is late any more.
 */
@Component("followUpLateUnitsTask")
class FollowUpLateUnitsTask implements TaskListener {

    static final String FOLLOW_UP_ACTION = "followUpAction";
    static final String MESSAGE = "reminderMessage";
    static final String DEFAULT_MESSAGE = "Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo.";

    private final LateCaseLists lists;
    private final LateCaseNotices notices;

    FollowUpLateUnitsTask(LateCaseLists lists, LateCaseNotices notices) {
        this.lists = lists;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = lists.caseOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName(lists.title(caseId, task.getName()));
            Map<String, Object> vars = lists.taskVariables(caseId);
            vars.put("action", null);
            vars.put("message", DEFAULT_MESSAGE);
            task.setVariablesLocal(FormVariables.storable(vars));
            if (task.getExecution().getVariable("announced") == null) {
                notices.announce(caseId, (Integer) vars.get("lateCount"));
                task.getExecution().setVariable("announced", true);
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String action = FormVariables.text(task, "action");
            if (!Set.of(DeadlineProcess.REMIND, DeadlineProcess.CLOSE, DeadlineProcess.EMPTY).contains(action)) {
                throw ApiException.unprocessable("action must be REMIND (nhắc tất cả) or CLOSE (kết thúc): " + action);
            }
            String message = FormVariables.text(task, "message");
            task.getExecution().setVariable(FOLLOW_UP_ACTION, action);
            task.getExecution().setVariable(MESSAGE, message == null ? DEFAULT_MESSAGE : message);
        }
    }
}
