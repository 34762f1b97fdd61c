package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class AppUserTest {

    @Test
    void springNamesTheLoggedInUserByTheirIdAlone() {
        AppUser clerk = new AppUser("th-le-loi-hong-bang.focal", "th-le-loi-hong-bang", List.of("th-le-loi-hong-bang"), false);
        assertThat(UsernamePasswordAuthenticationToken.authenticated(clerk, null, List.of()).getName())
                .isEqualTo("th-le-loi-hong-bang.focal");
    }
}
