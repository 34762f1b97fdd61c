package vn.giaoviec.directive;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.giaoviec.kernel.FormVariables;

/**
 * The start form "Đăng ký văn bản" (forms/register-directive.form) as a directive body. Its values
 * arrive as process variables; once the directive is registered they are removed, so the process
 * keeps only the directive's id.
 */
final class RegistrationForm {

    static final List<String> FIELDS = List.of("number", "type", "issuer", "monitoringUnit", "place", "issuedOn",
            "subject", "recipients", "items");

    private RegistrationForm() {
    }

    static DirectiveBody read(DelegateExecution execution) {
        List<String> common = specs(text(execution, "recipients"));
        List<Map<String, Object>> rows = FormVariables.read(execution, "items", new TypeReference<>() {
        });
        List<DirectiveBody.Item> items = rows == null ? List.of() : rows.stream()
                .map(row -> {
                    List<String> own = specs(str(row.get("recipients")));
                    return new DirectiveBody.Item(str(row.get("no")), str(row.get("text")), own.isEmpty() ? common : own,
                            List.of(), FormVariables.date(str(row.get("deadline"))), null, null, null);
                })
                .toList();
        return new DirectiveBody(text(execution, "number"), text(execution, "type"), text(execution, "issuer"),
                text(execution, "monitoringUnit"), text(execution, "place"), FormVariables.date(text(execution, "issuedOn")),
                text(execution, "subject"), null, items, null, null, null, null, null, null, null, null);
    }

    private static List<String> specs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String text(DelegateExecution execution, String name) {
        return FormVariables.text(execution, name);
    }

    private static String str(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
