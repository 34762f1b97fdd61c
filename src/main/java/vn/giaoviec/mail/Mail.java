package vn.giaoviec.mail;

import java.util.List;

import vn.giaoviec.org.Person;

/**
 * One notification mail, in Vietnamese, as plain text and as HTML. {@code unitId} is the unit it is
 * for; a {@code digestible} mail to a unit that chose a daily digest waits for that digest.
 */
public record Mail(List<Person> to, String unitId, String kind, String subject, String text, String html,
                   boolean digestible) {

    /** A notice whose HTML is its text, escaped, with its lines and links kept. */
    public static Mail plain(List<Person> to, String unitId, String kind, String subject, String text) {
        return new Mail(to, unitId, kind, subject, text, Html.of(text), false);
    }
}
