package vn.giaoviec.kernel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfig {

    @Bean
    WorkCalendar workCalendar() {
        return WorkCalendar.fromClasspath();
    }
}
