package vn.giaoviec.directive;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.UnitRepository;

/**
 * Links the directive to its process instance, however it was started. Started from the API or by a
 * cascade, the directive is already registered; started from Tasklist's start form, it is registered
 * here from the form, through the same validation, for the starting user's unit.
 */
@Component("directiveStartedListener")
class DirectiveStartedListener implements ExecutionListener {

    private final DirectiveRepository directives;
    private final DirectiveService service;
    private final IdentityService identity;
    private final UnitRepository units;

    DirectiveStartedListener(DirectiveRepository directives, DirectiveService service, IdentityService identity,
                             UnitRepository units) {
        this.directives = directives;
        this.service = service;
        this.identity = identity;
        this.units = units;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object id = execution.getVariable(DirectiveProcess.DIRECTIVE_ID);
        if (id == null) {
            id = registerFromStartForm(execution);
        } else {
            requireUnstarted(execution, id);
        }
        directives.setProcessInstance((Long) id, execution.getProcessInstanceId());
    }

    /**
     * A registered directive gets its process once, from what registered it: a user starting the process
     * with the id of a directive that has one (through /engine-rest) is refused.
     */
    private void requireUnstarted(DelegateExecution execution, Object id) {
        if (!(id instanceof Long directiveId)) {
            throw ApiException.unprocessable("directiveId must be a directive's id: " + id);
        }
        Directive d = directives.findById(directiveId).orElseThrow(() -> ApiException.notFound("no directive " + id));
        // the API, a cascade and the text import start it in the transaction that registered it
        if (d.processInstanceId() != null && !d.processInstanceId().equals(execution.getProcessInstanceId())) {
            throw ApiException.forbidden("directive " + d.number() + " is followed by its own process: a directive's"
                    + " process starts when the directive is registered");
        }
    }

    private long registerFromStartForm(DelegateExecution execution) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null) {
            throw ApiException.forbidden("a directive is registered by a logged-in user");
        }
        DirectiveBody body = RegistrationForm.read(execution);
        String myUnit = units.person(user.getUserId()).map(p -> p.unitId()).orElse(null);
        boolean admin = user.getGroupIds() != null && user.getGroupIds().contains(AppUser.ADMIN_GROUP);
        if (body.issuer() == null) {
            body = DirectiveController.withIssuer(body, myUnit);
        } else if (!admin && !body.issuer().equals(myUnit)) {
            throw ApiException.forbidden("only unit " + body.issuer() + " registers its directives");
        }
        Directive d = service.register(body, null, user.getUserId()).directive();
        execution.removeVariables(RegistrationForm.FIELDS);
        execution.setVariable(DirectiveProcess.DIRECTIVE_ID, d.id());
        execution.setProcessBusinessKey(d.number());
        return d.id();
    }
}
