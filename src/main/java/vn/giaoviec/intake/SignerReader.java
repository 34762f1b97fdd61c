package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.directive.DirectiveBody.Signer;
import vn.giaoviec.intake.Warnings.Field;

/**
 * The end of a letter: Nơi nhận on the left, the signature block on the right, which plain text
 * may give one after the other or OCR may run together on one line ("Nơi nhận: KT. GIÁM ĐỐC").
 * The signer's {@code authority} is every TM./KT./TL./TUQ./Q. line as printed, joined by a line
 * feed ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"); a "KT. X" block without a printed title is signed by
 * the deputy, "PHÓ X" (Decree 30/2020). Known titles get their canonical spelling back.
 */
final class SignerReader {

    /** The first line of the letter's end, the signer (null if none) and the Nơi nhận lines. */
    record Tail(int start, Signer signer, List<String> ccNames) {
    }

    private static final Pattern CC_LABEL = Pattern.compile("^\\s*" + Fuzzy.fragment("n?i") + "\\s*nh[a-z0-9]{1,3}\\s*:\\s*");
    private static final Pattern AUTHORITY = Pattern.compile("(?<![\\p{L}])(TM|KT|TL|TUQ|Q)\\s*\\.\\s*(\\p{Lu}+(?: \\p{Lu}+)*)");
    private static final Pattern SIGNED = Pattern.compile("(?i)^\\(?\\s*(đã ký|ký|da ky|ky)\\b.*");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\S*(?: \\p{Lu}\\S*){1,5}$");
    private static final Pattern UPPER_WORDS = Pattern.compile("^\\p{Lu}+(?: \\p{Lu}+)*$");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    private static final List<String> TITLES = List.of("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
            "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
            "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "BÍ THƯ", "PHÓ BÍ THƯ", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "VỤ TRƯỞNG",
            "PHÓ VỤ TRƯỞNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "CHÁNH THANH TRA");
    private static final List<String> BODIES = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ",
            "BAN CHẤP HÀNH", "ĐẢNG ỦY", "BAN CHỈ ĐẠO", "BAN GIÁM ĐỐC", "BAN GIÁM HIỆU");
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        TITLES.forEach(t -> CANONICAL.put(Fold.compact(t), t));
        BODIES.forEach(t -> CANONICAL.put(Fold.compact(t), t));
    }

    private SignerReader() {
    }

    /** Reads the end of lines {@code [from, to)}, the letter before any appendix. */
    static Tail read(Doc doc, int from, int to, Warnings warnings) {
        int ccLine = -1;
        for (int i = to - 1; i >= from && ccLine < 0; i--) {
            ccLine = CC_LABEL.matcher(doc.key(i)).find() ? i : -1;
        }
        int start = signatureStart(doc, from, ccLine >= 0 ? ccLine : to);
        if (ccLine < 0 && start == to) {
            warnings.add(Field.SIGNER, "Không tìm thấy phần ký (người ký) và nơi nhận");
            return new Tail(to, null, List.of());
        }
        List<String> authority = new ArrayList<>();
        List<String> ccNames = new ArrayList<>();
        String title = null;
        String name = null;
        boolean ccOpen = false;
        for (int i = start; i < to; i++) {
            Matcher label = CC_LABEL.matcher(doc.key(i));
            String line = (label.find() ? doc.line(i).substring(label.end()) : doc.line(i)).strip();
            if (line.isEmpty() || SIGNED.matcher(line).matches()) {
                continue;
            }
            if (Markers.BULLET.matcher(line).find()) {
                String[] parts = splitCc(Markers.strip(line, Markers.BULLET));
                ccNames.add(AddresseeReader.trimEnd(parts[0]));
                ccOpen = parts[1].isEmpty() && !parts[0].strip().endsWith(";") && !parts[0].strip().endsWith(".");
                line = parts[1];
                if (line.isEmpty()) {
                    continue;
                }
            }
            Matcher a = AUTHORITY.matcher(line);
            if (a.find()) {
                authority.add(a.group(1) + ". " + canonical(a.group(2)));
                ccOpen = false;
            } else if (isTitle(line, !authority.isEmpty())) {
                title = canonical(line);
            } else if (NAME.matcher(line).matches() && !line.equals(line.toUpperCase())) {
                name = line;
            } else if (ccOpen && !ccNames.isEmpty()) {
                int last = ccNames.size() - 1;
                ccNames.set(last, AddresseeReader.trimEnd(ccNames.get(last) + " " + line));
            }
        }
        if (title == null && !authority.isEmpty() && authority.get(authority.size() - 1).startsWith("KT. ")) {
            title = "PHÓ " + authority.get(authority.size() - 1).substring(4);
        }
        if (title == null) {
            warnings.add(Field.SIGNER, "Không đọc được chức danh người ký");
        }
        if (name != null && !Arrays.stream(name.split(" ")).allMatch(Syllables::valid)) {
            warnings.add(Field.SIGNER, "Tên người ký không đọc được (bản in: \"" + name + "\")");
            name = null;
        } else if (name == null) {
            warnings.add(Field.SIGNER, "Không đọc được tên người ký");
        }
        return new Tail(Math.min(start, ccLine < 0 ? to : ccLine),
                new Signer(authority.isEmpty() ? null : String.join("\n", authority), title, name), ccNames);
    }

    /** The first line of the signature block that ends at {@code end}: its names, titles and blanks. */
    private static int signatureStart(Doc doc, int from, int end) {
        int start = end;
        boolean named = false;
        for (int i = end - 1; i >= from; i--) {
            String line = doc.line(i).strip();
            if (line.isEmpty() || SIGNED.matcher(line).matches()) {
                continue;
            }
            boolean signerLine = AUTHORITY.matcher(line).lookingAt() || isTitle(line, true);
            boolean nameLine = !named && NAME.matcher(line).matches() && !Markers.opensPart(line);
            if (!signerLine && !nameLine) {
                break;
            }
            named |= nameLine;
            start = i;
        }
        return start;
    }

    /** A Nơi nhận entry and what stands beside it in the right column. */
    private static String[] splitCc(String line) {
        Matcher gap = COLUMN_GAP.matcher(line);
        int semicolon = line.indexOf(';');
        int cut = semicolon >= 0 ? semicolon + 1 : gap.find() ? gap.start() : line.length();
        return new String[] {line.substring(0, cut), line.substring(cut).strip()};
    }

    private static boolean isTitle(String line, boolean afterAuthority) {
        String compact = Fold.compact(line);
        return CANONICAL.containsKey(compact) && TITLES.contains(CANONICAL.get(compact))
                || afterAuthority && UPPER_WORDS.matcher(line).matches() && line.length() >= 4 && !compact.isEmpty();
    }

    private static String canonical(String printed) {
        String normal = printed.strip().replaceAll("\\s+", " ");
        return CANONICAL.getOrDefault(Fold.compact(normal), normal);
    }
}
