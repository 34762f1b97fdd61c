package vn.giaoviec.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of a letter (Decree 30/2020 layout): the issuing body under the governing one,
 * "Số: 8628/SGDĐT-VP", "Hải Phòng, ngày 13 tháng 11 năm 2025", then a V/v line (công văn) or a
 * title ("KẾ HOẠCH" and its subject). Two-column layouts, whether kept apart by spaces or run
 * together by OCR, are split at the national motto and at wide gaps.
 */
final class LetterheadReader {

    /** What the top says; {@code end} is the first line after it. */
    record Letterhead(String issuerName, DocNumber number, String titleType, String place, LocalDate issuedOn,
                      String subject, int end) {
    }

    private static final Pattern NUMBER_LABEL = Pattern.compile("(?:^\\s*|\\s{3,})s[o06]\\s*[:.]?\\s*");
    private static final Pattern DATE = Pattern.compile(",\\s*" + Fuzzy.fragment("ngay") + "\\s*(\\d{1,2})?[\\s.…_]*"
            + Fuzzy.fragment("thang") + "\\s*(\\d{1,2})?[\\s.…_]*" + Fuzzy.fragment("nam") + "\\s*(\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern VV = Pattern.compile("^\\s*v\\s*/\\s*v\\b");
    private static final Pattern MOTTO = Pattern.compile(Fuzzy.fragment("c?ng h?a x? h?i") + "|" + Fuzzy.fragment("d?c l?p"));
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    private static final Pattern RULE = Pattern.compile("^[\\s\\-_*=.~]+$");
    private static final Pattern ORG_HEAD = Fuzzy.lineStart("so", "bo", "uy ban", "ubnd", "ban", "van phong", "phong",
            "truong", "cuc", "vu", "vien", "dang uy", "hoi dong", "tong cuc", "trung tam", "chi cuc", "thanh uy");
    private static final Pattern STOP_SUBJECT = Fuzzy.lineStart("kinh g???", "can cu", "thuc hien");
    // an e-office export's metadata block, in place of a letterhead
    private static final String[] META = {"so hieu", "ngay ban hanh", "co quan ban hanh", "trich yeu"};
    private static final Pattern META_LINE = Pattern.compile("^\\s*(" + String.join("|", java.util.Arrays.stream(META)
            .map(Fuzzy::fragment).toList()) + ")\\s*:\\s*");
    // an appendix caption: "(Kèm theo Công văn số 640/SGDĐT-GDPT ngày 02/12/2025 của Sở ...)"
    private static final Pattern CAPTION = Pattern.compile("^\\s*\\(?\\s*" + Fuzzy.fragment("k?m theo") + "\\b");
    private static final Pattern CAPTION_ISSUER = Pattern.compile("\\s" + Fuzzy.fragment("c?a") + "\\s+([^)]+)\\)?\\s*$");

    private final DocumentIds ids;
    private final Places places;

    LetterheadReader(DocumentIds ids, Places places) {
        this.ids = ids;
        this.places = places;
    }

    /** Reads lines {@code [0, limit)}; without a letterhead, an appendix caption stands in. */
    Letterhead read(Doc doc, int limit, List<String> warnings) {
        int numberLine = -1;
        DocumentIds.Printed printed = null;
        int dateLine = -1;
        Matcher date = null;
        int vvLine = -1;
        int metaFirst = -1;
        int metaEnd = -1;
        String[] meta = new String[META.length];
        for (int i = 0; i < limit; i++) {
            Matcher metaLine = META_LINE.matcher(doc.key(i));
            if (metaLine.find() && metaIndex(metaLine.group(1)) >= 0) {
                meta[metaIndex(metaLine.group(1))] = doc.line(i).substring(metaLine.end()).strip();
                metaFirst = metaFirst < 0 ? i : metaFirst;
                metaEnd = i + 1;
                continue;
            }
            if (printed == null) {
                Matcher label = NUMBER_LABEL.matcher(doc.key(i));
                while (printed == null && label.find()) {
                    printed = ids.printedAt(doc.line(i), label.end());
                    numberLine = printed == null ? -1 : i;
                }
            }
            if (date == null) {
                Matcher m = DATE.matcher(doc.key(i));
                if (m.find()) {
                    date = m;
                    dateLine = i;
                }
            }
            if (vvLine < 0 && VV.matcher(doc.key(i)).find()) {
                vvLine = i;
            }
        }
        int topEnd = Math.max(numberLine, dateLine) + 1;
        int titleLine = titleLine(doc, topEnd, limit);
        int headEnd = firstOf(limit, numberLine, dateLine, vvLine, titleLine, metaFirst);

        DocNumber number = printed == null ? null : printed.number();
        boolean dated = date != null;
        String place = null;
        LocalDate issuedOn = null;
        if (date != null) {
            int from = dateLine == numberLine ? printed.end() : 0;
            String before = doc.line(dateLine).substring(Math.min(from, date.start()), date.start());
            String[] columns = COLUMN_GAP.split(before.strip());
            place = places.read(columns[columns.length - 1]);
            issuedOn = date(date, warnings);
        }

        String subject = meta[3];
        int end = Math.max(Math.max(topEnd, headEnd), metaEnd);
        if (vvLine >= 0) {
            int last = blockEnd(doc, vvLine, limit);
            subject = joined(doc, vvLine, last, true);
            end = Math.max(end, last);
        } else if (titleLine >= 0) {
            int last = blockEnd(doc, titleLine, limit);
            subject = stripTitleWord(joined(doc, titleLine, last, false));
            end = Math.max(end, last);
        }
        String titleType = titleLine < 0 ? null : Symbols.typeOfTitle(titleWord(doc.line(titleLine)));
        String issuerName = issuerName(doc, headEnd);
        if (number == null && meta[0] != null) {
            number = ids.findAll(meta[0]).stream().findFirst().orElse(null);
        }
        if (issuerName == null) {
            issuerName = meta[2];
        }
        if (!dated && meta[1] != null) {
            issuedOn = numericDate(meta[1]);
            dated = issuedOn != null;
        }
        if (number == null || !dated) {
            int caption = captionLine(doc);
            if (caption >= 0) {
                String line = doc.line(caption);
                if (number == null) {
                    number = ids.findAll(line).stream().findFirst().orElse(null);
                }
                if (!dated) {
                    issuedOn = numericDate(line);
                    dated = issuedOn != null;
                }
                Matcher of = CAPTION_ISSUER.matcher(Fold.key(line));
                if (issuerName == null && of.find()) {
                    issuerName = line.substring(of.start(1), of.end(1)).strip();
                }
            }
        }
        if (number == null) {
            warnings.add("Không đọc được số, ký hiệu văn bản");
        } else if (number.blank()) {
            warnings.add("Văn bản chưa có số (" + number.text() + "): số sẽ được cấp khi ban hành");
        }
        if (!dated) {
            warnings.add("Không đọc được ngày ban hành");
        }
        if (subject == null) {
            warnings.add("Không đọc được trích yếu (V/v) hoặc tên văn bản");
        }
        return new Letterhead(issuerName, number, titleType, place, issuedOn, subject, end);
    }

    private static int metaIndex(String label) {
        String compact = Fold.compact(label);
        for (int i = 0; i < META.length; i++) {
            if (META[i].replace(" ", "").equals(compact)) {
                return i;
            }
        }
        return -1;
    }

    private static int captionLine(Doc doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (CAPTION.matcher(doc.key(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(Matcher m, List<String> warnings) {
        if (m.group(1) == null || m.group(2) == null) {
            warnings.add("Ngày ban hành để trống (chưa ghi ngày, tháng)");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            warnings.add("Ngày ban hành không hợp lệ: " + m.group().substring(1).strip());
            return null;
        }
    }

    /** The issuing body: the letterhead's last unit name, joined with the lines it wraps onto. */
    private static String issuerName(Doc doc, int headEnd) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < headEnd; i++) {
            String line = doc.line(i);
            Matcher motto = MOTTO.matcher(doc.key(i));
            if (motto.find()) {
                line = line.substring(0, motto.start());
            }
            line = COLUMN_GAP.split(line.strip())[0].strip();
            if (!line.isEmpty() && !RULE.matcher(line).matches()) {
                parts.add(line);
            }
        }
        int first = parts.size() - 1;
        while (first >= 0 && !ORG_HEAD.matcher(Fold.key(parts.get(first))).find()) {
            first--;
        }
        return first < 0 ? null : String.join(" ", parts.subList(first, parts.size()));
    }

    /** A line reading only a document type in capitals ("KẾ HOẠCH"), or -1. */
    private static int titleLine(Doc doc, int from, int limit) {
        for (int i = from; i < limit; i++) {
            String line = doc.line(i).strip();
            if (!line.isEmpty() && line.equals(line.toUpperCase()) && titleWord(line) != null
                    && Symbols.typeOfTitle(titleWord(line)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The type title a capitalised line opens with, folded ("ke hoach"), or null. */
    private static String titleWord(String line) {
        String loose = Fold.loose(line);
        for (String title : Symbols.titles()) {
            if (loose.equals(title) || loose.startsWith(title + " ")) {
                return title;
            }
        }
        return null;
    }

    private static String stripTitleWord(String title) {
        String word = titleWord(title.split("\n")[0]);
        String[] words = title.split("\\s+", word.split(" ").length + 1);
        return words.length > word.split(" ").length ? words[words.length - 1].strip() : null;
    }

    /** The first line after a V/v or title block: it ends at a blank or rule line or the body. */
    private static int blockEnd(Doc doc, int start, int limit) {
        int i = start + 1;
        while (i < limit && !doc.blank(i) && !RULE.matcher(doc.line(i)).matches()
                && !STOP_SUBJECT.matcher(doc.key(i)).find() && !DATE.matcher(doc.key(i)).find()) {
            i++;
        }
        return i;
    }

    /** Lines {@code [from, to)} joined, each cut at a column gap or a place and date beside it. */
    private static String joined(Doc doc, int from, int to, boolean cutColumns) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = doc.line(i).strip();
            Matcher date = DATE.matcher(Fold.key(line));
            if (date.find()) {
                line = line.substring(0, date.start());
            }
            if (cutColumns) {
                line = COLUMN_GAP.split(line)[0];
            }
            parts.add(line.strip());
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static int firstOf(int limit, int... lines) {
        int first = limit;
        for (int line : lines) {
            if (line >= 0) {
                first = Math.min(first, line);
            }
        }
        return first;
    }
}
