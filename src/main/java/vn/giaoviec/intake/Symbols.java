package vn.giaoviec.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.giaoviec.org.Unit;

/**
 * Document symbols (ký hiệu, Decree 30/2020): the type codes, and the symbols whose Đ this parser
 * can restore when a keyboard or OCR lost it ({@code SGDDT} → {@code SGDĐT}). OCR reads Đ as D, P,
 * or PD ({@code VPPU}, {@code BCPDTW}); a symbol not known here is kept as printed.
 */
final class Symbols {

    /** Type codes of Decree 30/2020 (Appendix III) and the Party's, with the title each prints. */
    private static final Map<String, String> TYPE_TITLES = new LinkedHashMap<>();

    static {
        String[][] types = {
                {"NQ", "nghi quyet"}, {"QĐ", "quyet dinh"}, {"CT", "chi thi"}, {"QC", "quy che"},
                {"QyĐ", "quy dinh"}, {"TB", "thong bao"}, {"HD", "huong dan"}, {"CTr", "chuong trinh"},
                {"KH", "ke hoach"}, {"PA", "phuong an"}, {"ĐA", "de an"}, {"DA", "du an"},
                {"BC", "bao cao"}, {"BB", "bien ban"}, {"TTr", "to trinh"}, {"HĐ", "hop dong"},
                {"CĐ", "cong dien"}, {"KL", "ket luan"}, {"GM", "giay moi"}, {"CV", "cong van"}};
        for (String[] t : types) {
            TYPE_TITLES.put(t[0], t[1]);
        }
    }

    /** Issuer symbols of the wider system that carry a Đ, beyond the organisation's own. */
    private static final List<String> WELL_KNOWN = List.of(
            "NĐ", "CP", "TTg", "QH", "VPCP", "UBND", "HĐND", "TW", "TU", "ĐU", "VPĐU", "BCĐ", "BCĐTW",
            "BGDĐT", "SGDĐT", "GDĐT", "PGDĐT", "BKHĐT", "SKHĐT", "BLĐTBXH", "SLĐTBXH", "TĐKT");

    private final Map<String, String> canonical = new HashMap<>();

    Symbols(Collection<Unit> units) {
        List<String> known = new java.util.ArrayList<>(TYPE_TITLES.keySet());
        known.addAll(WELL_KNOWN);
        units.stream().map(Unit::symbol).filter(s -> s != null && !s.isBlank()).forEach(known::add);
        known.forEach(s -> canonical.put(upper(s), s));
        for (String s : known) {
            for (String variant : new String[] {"D", "P", "PD", "DP"}) {
                canonical.putIfAbsent(upper(s).replace("Đ", variant), s);
            }
        }
    }

    /** The canonical spelling of one symbol segment, or the segment as printed. */
    String canonical(String segment) {
        return canonical.getOrDefault(upper(segment), segment);
    }

    /** The type code when {@code code} is one, else null. */
    static String type(String code) {
        return TYPE_TITLES.containsKey(code) ? code : null;
    }

    /** The type code printed as {@code title} ("KẾ HOẠCH" → KH), given its {@link Fold#loose} form. */
    static String typeOfTitle(String looseTitle) {
        for (Map.Entry<String, String> e : TYPE_TITLES.entrySet()) {
            if (e.getValue().equals(looseTitle)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Folded titles of every type, for spotting a title line. */
    static Collection<String> titles() {
        return TYPE_TITLES.values();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
