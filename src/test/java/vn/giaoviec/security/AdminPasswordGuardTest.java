package vn.giaoviec.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

    @Test
    void theEmbeddedDemoMayUseTheDemoPassword() {
        assertThatCode(() -> new AdminPasswordGuard(new MockEnvironment(), "demo").afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void anyOtherProfileRefusesAMissingOrDefaultPassword() {
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new AdminPasswordGuard(postgres, "").afterPropertiesSet())
                .hasMessageContaining("GIAOVIEC_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdminPasswordGuard(postgres, "demo").afterPropertiesSet())
                .hasMessageContaining("GIAOVIEC_ADMIN_PASSWORD");
        assertThatCode(() -> new AdminPasswordGuard(postgres, "s3cret-Of-Our-Own").afterPropertiesSet())
                .doesNotThrowAnyException();
    }
}
