package vn.giaoviec.kernel;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.giaoviec.audit.AuditLog;

/**
 * The working-day calculator's web slice: the request as a deadline form sends it, and each typing
 * error answered 400 with what was wrong. The calendar itself is mocked (WorkCalendarTest reads the
 * real one); logins are the integration tests' subject, so the security filters are off here.
 */
@WebMvcTest(CalendarController.class)
@AutoConfigureMockMvc(addFilters = false)
class CalendarControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkCalendar calendar;
    // the audit's door filter is part of every web slice; the audit is not
    @MockitoBean
    AuditLog audit;

    @Test
    void countsWorkingDaysFromADate() throws Exception {
        given(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).willReturn(LocalDate.of(2026, 2, 27));

        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-13").param("add", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-02-27"));
    }

    @Test
    void saysWhatIsMissing() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(
                        "both from (YYYY-MM-DD) and add (working days, negative counts back) are required"));
    }

    @Test
    void refusesADayThatDoesNotExist() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-30").param("add", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("from must be a date YYYY-MM-DD: 2026-02-30"));
    }

    @Test
    void refusesMoreThanTenYearsOfDays() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-13").param("add", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("add must be between -2600 and 2600: 100000"));
    }
}
