package vn.giaoviec.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** A wrong password at our door (/api's Basic, the dashboard's form) is on record. */
@Component
class LoginFailures {

    private final AuditLog audit;

    LoginFailures(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        audit.loginFailed(event.getAuthentication().getName(), Door.current());
    }
}
