package vn.giaoviec.intake;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.WorkCalendar;
import vn.giaoviec.org.UnitRepository;

/**
 * Drafts a directive from its text for the API and for Tasklist alike. The parser indexes the
 * organisation once; the organisation is loaded at start-up and does not change while running.
 */
@Service
public class Drafts {

    private final UnitRepository units;
    private final WorkCalendar calendar;
    private volatile DirectiveTextParser parser;

    Drafts(UnitRepository units, WorkCalendar calendar) {
        this.units = units;
        this.calendar = calendar;
    }

    /** The longest text read: a hundred pages of a letter with its appendices. */
    public static final int MAX_CHARACTERS = 300_000;

    public DirectiveBody draft(String text) {
        return read(text).draft();
    }

    /** The draft and its warnings by field, for the review form. */
    DirectiveTextParser.Reading read(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "the text is too long to read: " + text.length()
                    + " characters, at most " + MAX_CHARACTERS, List.of());
        }
        DirectiveTextParser p = parser;
        if (p == null) {
            p = new DirectiveTextParser(units.findAll(), calendar);
            parser = p;
        }
        return p.read(text);
    }
}
