package vn.giaoviec.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The HTML part of a mail: escaped text, paragraphs and line breaks as written, links clickable. */
public final class Html {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private Html() {
    }

    /** {@code text} as an HTML document in the mails' one style. */
    public static String of(String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            body.append("<p>").append(inline(paragraph)).append("</p>\n");
        }
        return page(body.toString());
    }

    /** Escaped, with line breaks and links. */
    public static String inline(String text) {
        String escaped = HtmlUtils.htmlEscape(text.strip(), "UTF-8");
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString().replace("\n", "<br>\n");
    }

    /** Wraps a body in the document every mail shares. */
    public static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"></head>\n"
                + "<body style=\"font-family: Arial, sans-serif; font-size: 15px; color: #1f2933; line-height: 1.5\">\n"
                + body + "<p style=\"color: #6b7280; font-size: 13px\">Thư gửi tự động từ hệ thống theo dõi văn bản chỉ đạo"
                + " (giaoviec). Xin đừng trả lời thư này.</p>\n</body></html>\n";
    }
}
