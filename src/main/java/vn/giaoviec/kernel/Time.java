package vn.giaoviec.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time rules of DESIGN §3 in one place. "Now" is the engine's clock, so tests that move it move
 * our statuses too; a deadline "D" ends at 23:59:59 local time on D.
 */
public final class Time {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Time() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public static LocalDateTime nowLocal() {
        return LocalDateTime.ofInstant(now(), ZONE);
    }

    /** The last second of the deadline day; null for no deadline. */
    public static Date endOf(LocalDate deadline) {
        return deadline == null ? null : Date.from(deadline.atTime(END_OF_DAY).atZone(ZONE).toInstant());
    }

    /** The first second of a day: when a timer for that day fires. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** Whether something that happened at {@code at} met the deadline {@code due}. */
    public static boolean onTime(Instant at, LocalDate due) {
        return due == null || !LocalDate.ofInstant(at, ZONE).isAfter(due);
    }

    /** A day as letters print it and our forms and notices show it, day first: 30/04/2026; null for none. */
    public static String text(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    /** Whether the deadline has passed at this moment. */
    public static boolean passed(LocalDate due) {
        return due != null && today().isAfter(due);
    }
}
