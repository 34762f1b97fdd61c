package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.directive.DirectiveService;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.org.RecipientResolver;
import vn.giaoviec.org.UnitRepository;

/**
 * Kiểm tra bản đăng ký: the draft read from the pasted text fills the form; the clerk corrects it and
 * completes, which registers and issues the directive through the same validation as the API. What
 * the text said verbatim (issuer name, addressees, Nơi nhận, per-item names and deadline phrases)
 * rides along in a hidden variable and is kept. The units the clerk picks for a recipient phrase the
 * organisation did not know are added to the items that name it ({@link ReviewDraftForm}).
 */
@Component("reviewDraftTask")
class ReviewDraftTask implements TaskListener {

    private final Drafts drafts;
    private final DirectiveService directives;
    private final IdentityService identity;
    private final UnitRepository units;
    private final RecipientResolver recipients;

    ReviewDraftTask(Drafts drafts, DirectiveService directives, IdentityService identity, UnitRepository units,
                    RecipientResolver recipients) {
        this.drafts = drafts;
        this.directives = directives;
        this.identity = identity;
        this.units = units;
        this.recipients = recipients;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Map<String, String> pasted = FormVariables.read(task.getExecution(), IntakeProcess.PASTED,
                    new TypeReference<Map<String, String>>() {
                    });
            String text = pasted == null ? null : pasted.get("text");
            task.setVariablesLocal(FormVariables.storable(ReviewDraftForm.variables(drafts.read(text == null ? "" : text))));
            // the text has served: the process keeps no document content
            task.getExecution().removeVariable(IntakeProcess.PASTED);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication user = identity.getCurrentAuthentication();
            DirectiveBody body = body(task, mapped(task));
            String myUnit = user == null ? null : units.person(user.getUserId()).map(p -> p.unitId()).orElse(null);
            boolean admin = user != null && user.getGroupIds() != null && user.getGroupIds().contains(AppUser.ADMIN_GROUP);
            if (!admin && (body.issuer() == null || !body.issuer().equals(myUnit))) {
                throw ApiException.forbidden("a unit registers only its own directives: issuer must be " + myUnit);
            }
            var registered = directives.registerAndIssue(body, user == null ? null : user.getUserId());
            task.getExecution().setVariable("directiveId", registered.directive().id());
            // known only now: Cockpit lists the import under the number it registered
            task.getExecution().setProcessBusinessKey(registered.directive().number());
        }
    }

    /** The clerk's corrections over the draft's verbatim fields; {@code mapped}: recipients added per item no. */
    private static DirectiveBody body(DelegateTask task, Map<String, List<String>> mapped) {
        DirectiveBody draft = draft(task);
        List<Map<String, Object>> rows = FormVariables.read(task, ReviewDraftForm.ITEMS, new TypeReference<>() {
        });
        Map<String, DirectiveBody.Item> drafted = new HashMap<>();
        if (draft != null && draft.items() != null) {
            draft.items().forEach(i -> drafted.put(i.no(), i));
        }
        List<DirectiveBody.Item> items = rows == null ? List.of() : rows.stream().map(row -> {
            String no = str(row.get("no"));
            DirectiveBody.Item before = drafted.get(no);
            Set<String> recipients = new LinkedHashSet<>(specs(row.get("recipients")));
            recipients.addAll(mapped.getOrDefault(no, List.of()));
            return new DirectiveBody.Item(no, str(row.get("text")), List.copyOf(recipients),
                    before == null ? List.of() : before.coordinators(), FormVariables.date(str(row.get("deadline"))),
                    before == null ? null : before.recipientNames(), before == null ? null : before.deadlineText(),
                    before == null ? null : before.recurrence());
        }).toList();
        return new DirectiveBody(FormVariables.text(task, "number"), FormVariables.text(task, "type"),
                FormVariables.text(task, "issuer"), FormVariables.text(task, "monitoringUnit"),
                FormVariables.text(task, "place"), FormVariables.date(FormVariables.text(task, "issuedOn")),
                FormVariables.text(task, "subject"),
                Arrays.stream(String.valueOf(FormVariables.text(task, "legalBasesText")).split("\n"))
                        .map(String::trim).filter(s -> !s.isEmpty() && !s.equals("null")).toList(),
                items, draft == null ? null : draft.reporting(), draft == null ? null : draft.signer(),
                draft == null ? null : draft.cc(), null, draft == null ? null : draft.issuerName(),
                draft == null ? null : draft.addressees(), draft == null ? null : draft.ccNames(), null);
    }

    /**
     * What the clerk chose for each phrase the organisation did not know, by the nos of the items that
     * name it. A choice that is no unit or selects none is refused here, naming the phrase, before
     * anything is registered.
     */
    private Map<String, List<String>> mapped(DelegateTask task) {
        List<Map<String, Object>> rows = FormVariables.read(task, ReviewDraftForm.UNMAPPED, new TypeReference<>() {
        });
        DirectiveBody draft = draft(task);
        List<DirectiveBody.Item> items = draft == null || draft.items() == null ? List.of() : draft.items();
        Map<String, List<String>> mapped = new HashMap<>();
        for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
            String phrase = str(row.get("phrase"));
            List<String> chosen = specs(row.get("recipients"));
            if (chosen.isEmpty()) {
                continue;
            }
            List<String> nos = phrase == null ? List.of() : ReviewDraftForm.namedBy(phrase, items);
            if (nos.isEmpty()) {
                throw ApiException.unprocessable("Không có mục nào của văn bản ghi \"" + phrase + "\"");
            }
            List<String> problems = recipients.resolve(chosen).problems();
            if (!problems.isEmpty()) {
                throw ApiException.unprocessable("Đơn vị chọn cho \"" + phrase + "\" không dùng được", problems);
            }
            nos.forEach(no -> mapped.computeIfAbsent(no, n -> new ArrayList<>()).addAll(chosen));
        }
        return mapped;
    }

    private static DirectiveBody draft(DelegateTask task) {
        return FormVariables.read(task, ReviewDraftForm.DRAFT, new TypeReference<>() {
        });
    }

    /** A tag list's ids, or ids typed in a text field (a task created before the list, an API client). */
    private static List<String> specs(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ReviewDraftTask::str).filter(s -> s != null).toList();
        }
        String text = str(value);
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String str(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
