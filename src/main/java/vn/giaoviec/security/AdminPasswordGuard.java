package vn.giaoviec.security;

import java.util.Arrays;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Only the embedded demo may run with the demo admin password; every other profile must set one. */
@Component
class AdminPasswordGuard implements InitializingBean {

    static final String DEMO_PASSWORD = "demo";

    private final Environment environment;
    private final String adminPassword;

    AdminPasswordGuard(Environment environment, @Value("${giaoviec.admin-password:}") String adminPassword) {
        this.environment = environment;
        this.adminPassword = adminPassword;
    }

    @Override
    public void afterPropertiesSet() {
        String[] profiles = environment.getActiveProfiles();
        if (profiles.length > 0 && (adminPassword.isBlank() || DEMO_PASSWORD.equals(adminPassword))) {
            throw new IllegalStateException("Profile(s) " + Arrays.toString(profiles)
                    + " need an admin password of their own: set GIAOVIEC_ADMIN_PASSWORD (giaoviec.admin-password)");
        }
    }
}
