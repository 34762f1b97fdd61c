package vn.giaoviec.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.intake.Warnings.Field;

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

    private static final Pattern NUMBER_LABEL = Pattern.compile("(?:^\\s*|\\s{3,}|\\|\\s*)" + Fuzzy.fragment("so") + "\\s*[:.]?\\s*");
    private static final Pattern DATE = Pattern.compile(",\\s*" + Fuzzy.fragment("ngay") + "\\s*(\\d{1,2})?[\\s.…_]*"
            + Fuzzy.fragment("thang") + "\\s*(\\d{1,2})?[\\s.…_]*" + Fuzzy.fragment("nam") + "\\s*(\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    // no word end: OCR runs "V/v" into the next word
    private static final Pattern VV = Pattern.compile("^\\s*v\\s*/\\s*v");
    // a công văn's subject may also read "Về việc ..." or "Về ..." under its number
    private static final Pattern ABOUT = Fuzzy.lineStart("ve viec", "ve");
    private static final int ABOUT_BELOW_NUMBER = 2;
    // who enacts a quyết định, printed in capitals under its title: not part of the subject
    private static final Pattern ENACTING = Fuzzy.lineStart("uy ban", "ubnd", "chu tich", "giam doc", "bo truong",
            "thu tuong", "hoi dong", "chinh phu");
    private static final Pattern MOTTO = Pattern.compile(Fuzzy.fragment("c?ng h?a x? h?i") + "|" + Fuzzy.fragment("d?c l?p"));
    // crawled copies set the columns apart with spaces, or as a markdown table's cells
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}|\\s*\\|\\s*");
    // a letterhead's rule run onto the name's line: "VĂN PHÒNG CHÍNH PHỦ -------"
    private static final Pattern TRAILING_RULE = Pattern.compile("\\s+[-_=]{3,}$");
    private static final Pattern RULE = Pattern.compile("^[\\s\\-_*=.~]+$");
    private static final Pattern ORG_HEAD = Fuzzy.lineStart("so", "bo", "uy ban", "ubnd", "ban", "van phong", "phong",
            "truong", "cuc", "vu", "vien", "dang uy", "hoi dong", "tong cuc", "trung tam", "chi cuc", "thanh uy");
    private static final Pattern ADDRESSEES = Fuzzy.lineStart("kinh g???");
    private static final Pattern BODY = Fuzzy.lineStart("can cu", "thuc hien");
    // an e-office export's metadata block, in place of a letterhead
    private static final String[] META = {"so hieu", "ngay ban hanh", "co quan ban hanh", "trich yeu"};
    private static final int SO_HIEU = 0;
    private static final int NGAY_BAN_HANH = 1;
    private static final int CO_QUAN_BAN_HANH = 2;
    private static final int TRICH_YEU = 3;
    private static final List<Pattern> META_LABELS = java.util.Arrays.stream(META)
            .map(label -> Pattern.compile("^\\s*" + Fuzzy.fragment(label) + "\\s*:\\s*")).toList();
    // an appendix caption: "(Kèm theo Công văn số 640/SGDĐT-GDPT ngày 02/12/2025 của Sở ...)"
    private static final Pattern CAPTION = Pattern.compile("^\\s*\\(?\\s*" + Fuzzy.fragment("k?m theo") + "\\b");
    private static final Pattern CAPTION_ISSUER = Pattern.compile("\\s" + Fuzzy.fragment("c?a") + "\\s+([^)]+)\\)?\\s*$");

    private final DocumentIds ids;
    private final Places places;

    LetterheadReader(DocumentIds ids, Places places) {
        this.ids = ids;
        this.places = places;
    }

    /** Where the top's parts were found in lines {@code [0, limit)}. */
    private static final class Scan {
        DocumentIds.Printed printed;
        int numberLine = -1;
        Matcher date;
        int dateLine = -1;
        int vvLine = -1;
        /** Where the subject starts on {@code vvLine}: after the number when it runs on there. */
        int vvColumn;
        final String[] meta = new String[META.length];
        int metaFirst = -1;
        int metaEnd = -1;
    }

    /** An appendix caption's number, date and issuer. */
    private record Caption(DocNumber number, LocalDate date, String issuerName) {
    }

    /** Reads lines {@code [0, limit)}; a metadata block or an appendix caption stands in for what is missing. */
    Letterhead read(Doc doc, int limit, Warnings warnings) {
        Scan scan = scan(doc, limit);
        int topEnd = Math.max(scan.numberLine, scan.dateLine) + 1;
        int titleLine = titleLine(doc, topEnd, limit);
        int headEnd = firstOf(limit, scan.numberLine, scan.dateLine, scan.vvLine, titleLine, scan.metaFirst);

        DocNumber number = scan.printed == null ? null : scan.printed.number();
        boolean dated = scan.date != null;
        String place = dated ? place(doc, scan) : null;
        LocalDate issuedOn = dated ? date(scan.date, warnings) : null;
        String subject = scan.meta[TRICH_YEU];
        int end = Math.max(Math.max(topEnd, headEnd), scan.metaEnd);
        if (scan.vvLine >= 0) {
            int last = blockEnd(doc, scan.vvLine, limit, 0);
            subject = joined(doc, scan.vvLine, scan.vvColumn, last, true);
            end = Math.max(end, last);
        } else if (titleLine >= 0) {
            int last = blockEnd(doc, titleLine, limit, 1);
            subject = stripTitleWord(joined(doc, titleLine, 0, last, false));
            int below = subject == null ? nextFilled(doc, last, limit) : -1;
            if (below >= 0 && isTitleBelow(doc, below)) {
                last = blockEnd(doc, below, limit, 0);
                subject = joined(doc, below, 0, last, false);
            }
            end = Math.max(end, last);
        }
        String issuerName = issuerName(doc, headEnd);
        if (issuerName == null) {
            issuerName = scan.meta[CO_QUAN_BAN_HANH];
        }
        if (number == null && scan.meta[SO_HIEU] != null) {
            number = ids.findAll(scan.meta[SO_HIEU]).stream().findFirst().orElse(null);
        }
        if (!dated && scan.meta[NGAY_BAN_HANH] != null) {
            issuedOn = numericDate(scan.meta[NGAY_BAN_HANH]);
            dated = issuedOn != null;
        }
        Caption caption = number == null || !dated ? caption(doc) : null;
        if (caption != null) {
            number = number != null ? number : caption.number();
            issuedOn = dated ? issuedOn : caption.date();
            dated = issuedOn != null || dated;
            issuerName = issuerName != null ? issuerName : caption.issuerName();
        }
        warnMissing(number, dated, place, subject, warnings);
        String titleType = titleLine < 0 ? null : Symbols.typeOfTitle(titleWord(doc.line(titleLine)));
        return new Letterhead(issuerName, number, titleType, place, issuedOn, subject, end);
    }

    private Scan scan(Doc doc, int limit) {
        Scan scan = new Scan();
        for (int i = 0; i < limit; i++) {
            if (readMeta(doc, i, scan)) {
                continue;
            }
            Matcher label = NUMBER_LABEL.matcher(doc.key(i));
            while (scan.printed == null && label.find()) {
                scan.printed = ids.printedAt(doc.line(i), label.end());
                scan.numberLine = scan.printed == null ? -1 : i;
            }
            Matcher date = DATE.matcher(doc.key(i));
            if (scan.date == null && date.find()) {
                scan.date = date;
                scan.dateLine = i;
            }
            if (scan.vvLine < 0) {
                subjectLine(doc, i, scan);
            }
        }
        return scan;
    }

    /**
     * Whether line {@code i} opens the subject: "V/v ...", also run on after the number on its line,
     * or "Về việc ..."/"Về ..." just under the number.
     */
    private static void subjectLine(Doc doc, int i, Scan scan) {
        int afterNumber = scan.numberLine == i ? scan.printed.end() : 0;
        boolean vv = VV.matcher(doc.key(i).substring(afterNumber)).find();
        boolean about = scan.numberLine >= 0 && i > scan.numberLine && i <= scan.numberLine + ABOUT_BELOW_NUMBER
                && ABOUT.matcher(doc.key(i)).lookingAt() && Character.isUpperCase(doc.line(i).strip().codePointAt(0));
        if (vv || about) {
            scan.vvLine = i;
            scan.vvColumn = vv ? afterNumber : 0;
        }
    }

    private static boolean readMeta(Doc doc, int i, Scan scan) {
        for (int k = 0; k < META_LABELS.size(); k++) {
            Matcher m = META_LABELS.get(k).matcher(doc.key(i));
            if (m.find()) {
                scan.meta[k] = doc.line(i).substring(m.end()).strip();
                scan.metaFirst = scan.metaFirst < 0 ? i : scan.metaFirst;
                scan.metaEnd = i + 1;
                return true;
            }
        }
        return false;
    }

    /** The place before ", ngày": after the number when they share a line, in the last column. */
    private String place(Doc doc, Scan scan) {
        int from = scan.dateLine == scan.numberLine ? scan.printed.end() : 0;
        String before = doc.line(scan.dateLine).substring(Math.min(from, scan.date.start()), scan.date.start());
        String[] columns = COLUMN_GAP.split(before.strip());
        return places.read(columns[columns.length - 1]);
    }

    private static void warnMissing(DocNumber number, boolean dated, String place, String subject, Warnings warnings) {
        if (number == null) {
            warnings.add(Field.NUMBER, "Không đọc được số, ký hiệu văn bản");
        } else if (number.blank()) {
            warnings.add(Field.NUMBER, "Văn bản chưa có số (" + number.text() + "): số sẽ được cấp khi ban hành");
        }
        if (!dated) {
            warnings.add(Field.ISSUED_ON, "Không đọc được ngày ban hành");
        }
        if (place == null) {
            warnings.add(Field.PLACE, "Không đọc được địa danh ban hành");
        }
        if (subject == null) {
            warnings.add(Field.SUBJECT, "Không đọc được trích yếu (V/v) hoặc tên văn bản");
        }
    }

    /** The first "(Kèm theo Công văn số ... ngày ... của ...)" line's number, date and issuer; null if none. */
    private Caption caption(Doc doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (CAPTION.matcher(doc.key(i)).find()) {
                String line = doc.line(i);
                Matcher of = CAPTION_ISSUER.matcher(Fold.key(line));
                return new Caption(ids.findAll(line).stream().findFirst().orElse(null), numericDate(line),
                        of.find() ? line.substring(of.start(1), of.end(1)).strip() : null);
            }
        }
        return null;
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

    private static LocalDate date(Matcher m, Warnings warnings) {
        if (m.group(1) == null || m.group(2) == null) {
            warnings.add(Field.ISSUED_ON, "Ngày ban hành để trống (chưa ghi ngày, tháng)");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            warnings.add(Field.ISSUED_ON, "Ngày ban hành không hợp lệ: " + m.group().substring(1).strip());
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
            line = firstColumn(line);
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

    /** A line's first column, without a rule run onto it. */
    private static String firstColumn(String line) {
        String first = COLUMN_GAP.split(line.strip().replaceFirst("^\\|\\s*", ""))[0].strip();
        return TRAILING_RULE.matcher(first).replaceAll("");
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

    /**
     * The first line after a V/v or title block: it ends at a blank or rule line, Kính gửi, a date,
     * or a capitalised "Căn cứ"/"Thực hiện" below the block's first line (a plan's title may be
     * "KẾ HOẠCH / Thực hiện Nghị quyết ...").
     */
    private static int blockEnd(Doc doc, int start, int limit, int firstFree) {
        int i = start + 1;
        while (i < limit && !doc.blank(i) && !RULE.matcher(doc.line(i)).matches()
                && !ADDRESSEES.matcher(doc.key(i)).find() && !DATE.matcher(doc.key(i)).find()
                && !(i > start + firstFree && Character.isUpperCase(doc.line(i).strip().codePointAt(0))
                        && BODY.matcher(doc.key(i)).find())) {
            i++;
        }
        return i;
    }

    /**
     * The subject on its own below a title line and a blank, in capitals ("QUYẾT ĐỊNH" / "" / "BAN
     * HÀNH KẾ HOẠCH ...") or as "Về việc ...", not who enacts it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") nor the body.
     */
    private static boolean isTitleBelow(Doc doc, int line) {
        String text = doc.line(line).strip();
        boolean capitals = text.equals(text.toUpperCase()) && text.codePoints().anyMatch(Character::isLetter);
        return (capitals || ABOUT.matcher(doc.key(line)).lookingAt())
                && !ENACTING.matcher(doc.key(line)).lookingAt() && !BODY.matcher(doc.key(line)).lookingAt();
    }

    private static int nextFilled(Doc doc, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (!doc.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lines {@code [from, to)} joined, the first from {@code column}, each cut at a column gap or a
     * place and date beside it.
     */
    private static String joined(Doc doc, int from, int column, int to, boolean cutColumns) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = doc.line(i).substring(i == from ? column : 0).strip();
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
