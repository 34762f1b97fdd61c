package vn.giaoviec.intake;

import org.springframework.stereotype.Service;

import vn.giaoviec.directive.DirectiveBody;
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

    public DirectiveBody draft(String text) {
        DirectiveTextParser p = parser;
        if (p == null) {
            p = new DirectiveTextParser(units.findAll(), calendar);
            parser = p;
        }
        return p.parse(text);
    }
}
