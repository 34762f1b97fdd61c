package vn.giaoviec.directive;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.giaoviec.directive.assignment.Assignment;
import vn.giaoviec.kernel.Time;
import vn.giaoviec.mail.Html;
import vn.giaoviec.mail.Mail;
import vn.giaoviec.mail.NotificationProperties;
import vn.giaoviec.mail.Outbox;
import vn.giaoviec.org.Person;
import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

/**
 * Tells people that work has arrived: a unit's focal person and head get one mail per new assignment
 * (the letter, the unit's items, the deadline, a link straight to the task); the units a letter is
 * sent to for information get one mail with a link to its page. A unit that chose a daily digest gets
 * them in it. In Vietnamese, as plain text and HTML, through the outbox.
 */
@Component
public class ArrivalNotices {

    static final String ASSIGNED = "ASSIGNED";
    static final String CC = "CC";
    /** Long item texts are cut in the mail; the task shows them whole. */
    private static final int ITEM_CHARS = 600;

    private final Outbox outbox;
    private final UnitRepository units;
    private final NotificationProperties links;

    ArrivalNotices(Outbox outbox, UnitRepository units, NotificationProperties links) {
        this.outbox = outbox;
        this.units = units;
        this.links = links;
    }

    /** A unit's assignment is waiting in its receive task {@code taskId}; {@code people}: the unit's people. */
    public void assignmentArrived(Directive d, String issuerName, List<Directive.Item> items, Assignment a,
                                  String unitName, List<Person> people, String taskId) {
        List<Directive.Item> mine = items.stream().filter(i -> a.itemNos().contains(i.no())).toList();
        String due = a.deadline() == null ? "không có thời hạn" : Time.text(a.deadline());
        String subject = "[Nhiệm vụ mới] " + d.number() + " — hạn " + due + " — " + shortened(d.subject(), 120);
        String link = links.taskLink(taskId);
        StringBuilder text = new StringBuilder("Kính gửi: " + unitName + "\n\n")
                .append(issuerName).append(" giao cho đơn vị nhiệm vụ theo văn bản số ").append(d.number())
                .append(" ngày ").append(Time.text(d.issuedOn())).append(":\n").append(d.subject()).append("\n\n")
                .append("Nhiệm vụ của đơn vị:\n");
        mine.forEach(i -> text.append(i.no()).append(". ").append(shortened(i.text(), ITEM_CHARS)).append("\n"));
        text.append("\nThời hạn: ").append(due).append("\n");
        if (!a.coordinators().isEmpty()) {
            text.append("Đơn vị phối hợp: ").append(names(a.coordinators())).append("\n");
        }
        text.append("\nTiếp nhận và báo cáo trong hệ thống: ").append(link).append("\n");

        StringBuilder html = new StringBuilder("<p>Kính gửi: <b>" + escape(unitName) + "</b></p>\n<p>")
                .append(escape(issuerName)).append(" giao cho đơn vị nhiệm vụ theo văn bản số <b>")
                .append(escape(d.number())).append("</b> ngày ").append(Time.text(d.issuedOn())).append(":<br>\n<i>")
                .append(escape(d.subject())).append("</i></p>\n<p>Nhiệm vụ của đơn vị:</p>\n<ol>\n");
        mine.forEach(i -> html.append("<li value=\"").append(escape(i.no().replaceAll("\\D", "")))
                .append("\">").append(Html.inline(shortened(i.text(), ITEM_CHARS))).append("</li>\n"));
        html.append("</ol>\n<p>Thời hạn: <b>").append(due).append("</b></p>\n");
        if (!a.coordinators().isEmpty()) {
            html.append("<p>Đơn vị phối hợp: ").append(escape(names(a.coordinators()))).append("</p>\n");
        }
        html.append(button(link, "Tiếp nhận nhiệm vụ"));
        outbox.queue(new Mail(UnitRepository.contacts(people), a.unitId(), ASSIGNED, subject, text.toString(),
                Html.page(html.toString()), true));
    }

    /** The letter's information-only recipients (Nơi nhận ... để biết / để báo cáo). */
    void copiesSent(Directive d, String issuerName, List<Unit> ccUnits, int assignmentCount) {
        String link = links.link("/dashboard/directives/" + d.id());
        for (Unit unit : ccUnits) {
            String subject = "[Để biết, theo dõi] " + d.number() + " — " + shortened(d.subject(), 140);
            String text = "Kính gửi: " + unit.name() + "\n\n" + issuerName + " gửi văn bản số " + d.number() + " ngày "
                    + Time.text(d.issuedOn()) + " để biết, theo dõi:\n" + d.subject() + "\n\nVăn bản giao nhiệm vụ cho "
                    + assignmentCount + " đơn vị. Tiến độ thực hiện và các đơn vị chậm: " + link + "\n";
            String html = "<p>Kính gửi: <b>" + escape(unit.name()) + "</b></p>\n<p>" + escape(issuerName)
                    + " gửi văn bản số <b>" + escape(d.number()) + "</b> ngày " + Time.text(d.issuedOn())
                    + " để biết, theo dõi:<br>\n<i>" + escape(d.subject()) + "</i></p>\n<p>Văn bản giao nhiệm vụ cho "
                    + assignmentCount + " đơn vị.</p>\n" + button(link, "Xem tiến độ thực hiện");
            outbox.queue(new Mail(units.contactsOf(unit.id()), unit.id(), CC, subject, text, Html.page(html), true));
        }
    }

    private String names(List<String> unitIds) {
        return units.findByIds(unitIds).stream().map(Unit::name).collect(Collectors.joining("; "));
    }

    private static String button(String link, String label) {
        return "<p><a href=\"" + escape(link) + "\" style=\"display: inline-block; padding: 8px 16px; background: #1565c0;"
                + " color: #ffffff; text-decoration: none; border-radius: 4px\">" + escape(label) + "</a></p>\n"
                + "<p style=\"font-size: 13px\">" + Html.inline(link) + "</p>\n";
    }

    private static String shortened(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
