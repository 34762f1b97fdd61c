package vn.giaoviec.directive;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.FormVariables;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.UnitRepository;

/**
 * Thu hồi văn bản, from Tasklist's start form (bpmn/directive-withdrawal.bpmn): finds the directive by
 * its printed number (and year, when the number alone is ambiguous), checks that the user's unit
 * issued it, and withdraws it exactly as the API does. Anything wrong is shown on the form.
 */
@Component("withdrawDirectiveDelegate")
class WithdrawDirectiveDelegate implements JavaDelegate {

    private final DirectiveRepository directives;
    private final DirectiveWithdrawal withdrawals;
    private final UnitRepository units;
    private final IdentityService identity;
    private final Access access;

    WithdrawDirectiveDelegate(DirectiveRepository directives, DirectiveWithdrawal withdrawals, UnitRepository units,
                              IdentityService identity, Access access) {
        this.directives = directives;
        this.withdrawals = withdrawals;
        this.units = units;
        this.identity = identity;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppUser user = user();
        String number = FormVariables.text(execution, "directiveNumber");
        if (number == null) {
            throw ApiException.unprocessable("enter the directive's number as printed, e.g. 8628/SGDĐT-VP");
        }
        Object year = execution.getVariable("issuedYear");
        List<Directive> found = directives.findByNumber(number).stream()
                .filter(d -> year == null || year.toString().isBlank()
                        || String.valueOf(d.numberYear()).equals(year.toString().replace(".0", "").trim()))
                .filter(d -> access.covers(user, d.issuerId()))
                .toList();
        if (found.isEmpty()) {
            throw ApiException.notFound("your unit has issued no directive numbered " + number);
        }
        if (found.size() > 1) {
            throw ApiException.unprocessable("several directives are numbered " + number + ": give the year of issue");
        }
        var withdrawn = withdrawals.withdraw(found.get(0).id(), FormVariables.text(execution, "reason"), user.id());
        execution.setVariable("directiveId", withdrawn.id());
        // Cockpit finds the withdrawal under the letter's number, like every other instance of it
        execution.setProcessBusinessKey(withdrawn.number());
    }

    private AppUser user() {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null) {
            throw ApiException.forbidden("log in to withdraw a directive");
        }
        String unit = units.person(current.getUserId()).map(Person::unitId).orElse(null);
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        return new AppUser(current.getUserId(), unit, groups, groups.contains(AppUser.ADMIN_GROUP));
    }
}
