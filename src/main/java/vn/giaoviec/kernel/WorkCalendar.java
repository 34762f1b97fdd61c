package vn.giaoviec.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The one working-day calendar: Monday to Friday, minus public holidays, plus working Saturdays,
 * read from a data file per year ({@code calendar/YYYY.yaml} on the classpath). A year without a
 * file falls back to weekdays minus the fixed-date holidays and logs a warning once: a date is
 * never refused for want of a calendar.
 */
public class WorkCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendar.class);
    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    private final String location;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    /** @param location classpath folder holding the year files, e.g. {@code calendar} */
    public WorkCalendar(String location) {
        this.location = location;
    }

    public static WorkCalendar fromClasspath() {
        return new WorkCalendar("calendar");
    }

    public boolean isWorkingDay(LocalDate date) {
        return years.computeIfAbsent(date.getYear(), this::load).isWorkingDay(date);
    }

    /**
     * The date {@code days} working days after {@code from} ({@code from} itself not counted);
     * negative {@code days} count back. Zero gives {@code from} unchanged.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate date = from;
        for (int left = Math.abs(days); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Working days strictly after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private Year load(int year) {
        String resource = location + "/" + year + ".yaml";
        try (InputStream in = WorkCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                log.warn("No working-day calendar for {} ({} missing): using Monday-Friday minus fixed-date holidays",
                        year, resource);
                return Year.fallback(year);
            }
            Map<String, Object> data = new Yaml().load(in);
            return new Year(dates(data.get("holidays")), dates(data.get("workingSaturdays")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Set<LocalDate> dates(Object list) {
        Set<LocalDate> result = new HashSet<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                result.add(item instanceof java.util.Date d
                        ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                        : LocalDate.parse(item.toString()));
            }
        }
        return result;
    }

    private record Year(Set<LocalDate> holidays, Set<LocalDate> workingSaturdays) {

        static Year fallback(int year) {
            Set<LocalDate> holidays = new HashSet<>();
            FIXED_HOLIDAYS.forEach(md -> holidays.add(md.atYear(year)));
            return new Year(holidays, Set.of());
        }

        boolean isWorkingDay(LocalDate date) {
            DayOfWeek dow = date.getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY) {
                return workingSaturdays.contains(date);
            }
            return dow != DayOfWeek.SUNDAY && !holidays.contains(date);
        }
    }
}
