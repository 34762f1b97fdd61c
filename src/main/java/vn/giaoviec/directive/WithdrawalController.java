package vn.giaoviec.directive;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.kernel.EngineActions;

/** {@code POST /api/directives/{id}/withdrawal {"reason"}}: the issuer withdraws (thu hồi) a directive. */
@RestController
class WithdrawalController {

    record WithdrawalBody(String reason) {
    }

    private final DirectiveWithdrawal withdrawals;
    private final DirectiveRepository directives;
    private final EngineActions engine;
    private final Access access;

    WithdrawalController(DirectiveWithdrawal withdrawals, DirectiveRepository directives, EngineActions engine,
                         Access access) {
        this.withdrawals = withdrawals;
        this.directives = directives;
        this.engine = engine;
        this.access = access;
    }

    @PostMapping("/api/directives/{id}/withdrawal")
    DirectiveWithdrawal.Withdrawn withdraw(@PathVariable long id, @RequestBody WithdrawalBody body,
                                           @AuthenticationPrincipal AppUser user) {
        Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("no directive " + id));
        if (!access.covers(user, d.issuerId())) {
            throw ApiException.forbidden("only the issuer of " + d.number() + " (" + d.issuerId() + ") may withdraw it");
        }
        return engine.retrying(() -> withdrawals.withdraw(id, body.reason(), user.id()));
    }
}
