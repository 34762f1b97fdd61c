package vn.giaoviec.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates as clerks type them in Tasklist (day first) and as the API sends them. */
class FormVariablesTest {

    @Test
    void aDateIsTypedDayFirstOrSentAsIso() {
        assertThat(FormVariables.date("30/04/2026")).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FormVariables.date(" 5/1/2026 ")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(FormVariables.date("2026-04-30")).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FormVariables.date("2026-04-30T00:00:00")).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FormVariables.date("  ")).isNull();
        assertThat(Time.text(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
    }

    @Test
    void aDateThatDoesNotExistIsTheSendersError() {
        assertThatThrownBy(() -> FormVariables.date("31/02/2026")).isInstanceOf(ApiException.class)
                .hasMessageContaining("not a date (day/month/year, e.g. 30/04/2026): 31/02/2026");
        assertThatThrownBy(() -> FormVariables.date("04/30/2026")).isInstanceOf(ApiException.class);
    }
}
