package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.giaoviec.kernel.Time;
import vn.giaoviec.org.UnitRepository;

/**
 * Kiểm tra bản đăng ký: the draft read from the pasted text fills the form; the clerk corrects it and
 * completes, which registers and issues the directive through the same validation as the API. What
 * the text said verbatim (issuer name, addressees, Nơi nhận, per-item names and deadline phrases)
 * rides along in a hidden variable and is kept.
 */
@Component("reviewDraftTask")
class ReviewDraftTask implements TaskListener {

    private final Drafts drafts;
    private final DirectiveService directives;
    private final IdentityService identity;
    private final UnitRepository units;

    ReviewDraftTask(Drafts drafts, DirectiveService directives, IdentityService identity, UnitRepository units) {
        this.drafts = drafts;
        this.directives = directives;
        this.identity = identity;
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Map<String, String> pasted = FormVariables.read(task.getExecution(), IntakeProcess.PASTED,
                    new TypeReference<Map<String, String>>() {
                    });
            String text = pasted == null ? null : pasted.get("text");
            task.setVariablesLocal(FormVariables.storable(fields(drafts.draft(text == null ? "" : text))));
            // the text has served: the process keeps no document content
            task.getExecution().removeVariable(IntakeProcess.PASTED);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication user = identity.getCurrentAuthentication();
            DirectiveBody body = body(task);
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

    private static Map<String, Object> fields(DirectiveBody d) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("draft", FormVariables.json(d));
        vars.put("number", d.number());
        vars.put("type", d.type());
        vars.put("issuer", d.issuer());
        vars.put("monitoringUnit", d.monitoringUnit());
        vars.put("place", d.place());
        vars.put("issuedOn", Time.text(d.issuedOn()));
        vars.put("subject", d.subject());
        vars.put("legalBasesText", d.legalBases() == null ? "" : String.join("\n", d.legalBases()));
        vars.put("signerText", d.signer() == null ? "" : String.join(" — ", nonNull(d.signer().authority(),
                d.signer().title(), d.signer().name())));
        vars.put("warningsText", d.warnings() == null || d.warnings().isEmpty() ? "" : "- " + String.join("\n- ", d.warnings()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (DirectiveBody.Item item : d.items() == null ? List.<DirectiveBody.Item>of() : d.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", item.no());
            row.put("text", item.text());
            row.put("recipients", item.recipients() == null ? "" : String.join(", ", item.recipients()));
            row.put("recipientNames", item.recipientNames() == null ? "" : String.join("; ", item.recipientNames()));
            row.put("deadline", Time.text(item.deadline()));
            row.put("deadlineText", item.deadlineText());
            items.add(row);
        }
        vars.put("items", FormVariables.json(items));
        return vars;
    }

    /** The clerk's corrections over the draft's verbatim fields. */
    private static DirectiveBody body(DelegateTask task) {
        DirectiveBody draft = FormVariables.read(task, "draft", new TypeReference<>() {
        });
        List<Map<String, Object>> rows = FormVariables.read(task, "items", new TypeReference<>() {
        });
        Map<String, DirectiveBody.Item> drafted = new HashMap<>();
        if (draft != null && draft.items() != null) {
            draft.items().forEach(i -> drafted.put(i.no(), i));
        }
        List<DirectiveBody.Item> items = rows == null ? List.of() : rows.stream().map(row -> {
            String no = str(row.get("no"));
            DirectiveBody.Item before = drafted.get(no);
            return new DirectiveBody.Item(no, str(row.get("text")), specs(str(row.get("recipients"))),
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

    private static List<String> specs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String str(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
