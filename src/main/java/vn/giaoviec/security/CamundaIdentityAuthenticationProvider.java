package vn.giaoviec.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoviec.kernel.AppUser;
import vn.giaoviec.org.UnitRepository;

/** One identity behind the webapps and our API: Spring Security checks passwords against Camunda's. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final UnitRepository units;
    private final TransactionTemplate tx;

    CamundaIdentityAuthenticationProvider(IdentityService identity, UnitRepository units, TransactionTemplate tx) {
        this.identity = identity;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        // another system calling /api with its password pays this on every call: one transaction, not three
        Authentication user = userId == null || credentials == null ? null
                : tx.execute(status -> identity.checkPassword(userId, credentials.toString()) ? authenticated(userId) : null);
        if (user == null) {
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
        }
        return user;
    }

    /** The user as our API knows them: their unit and Camunda groups. */
    Authentication authenticated(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        String unitId = units.person(userId).map(p -> p.unitId()).orElse(null);
        AppUser user = new AppUser(userId, unitId, groups, groups.contains(AppUser.ADMIN_GROUP));
        var authorities = groups.stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
