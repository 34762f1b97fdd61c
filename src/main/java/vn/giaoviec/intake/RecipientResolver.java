package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.org.Unit;

/**
 * Reads a unit as a letter names it ("Văn phòng Sở", "Trưởng các phòng chuyên môn, nghiệp vụ cơ
 * quan Sở", "các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn phường") as a unit id or a
 * {@code KINDS@UNIT} selector of the organisation, from the issuer's point of view: "phường" and
 * "Sở" without a name are the issuer's own, and of two units equally named the nearer one wins.
 * Names are compared folded and with abbreviations spelt out, allowing a few OCR errors.
 */
final class RecipientResolver {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"), Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("gddt", "giao duc va dao tao"), Map.entry("sgddt", "so giao duc va dao tao"),
            Map.entry("khcn", "khoa hoc va cong nghe"), Map.entry("vhxh", "van hoa xa hoi"),
            Map.entry("gdpt", "giao duc pho thong"), Map.entry("thcs", "trung hoc co so"),
            Map.entry("thpt", "trung hoc pho thong"), Map.entry("mn", "mam non"), Map.entry("th", "tieu hoc"),
            Map.entry("tp", "thanh pho"), Map.entry("vp", "van phong"), Map.entry("cntt", "cong nghe thong tin"));

    /** Who a letter addresses through a unit: its head, its leaders, "các đồng chí". */
    private static final Pattern LEADING_TITLE = Pattern.compile("^(?:cac dong chi|dong chi|thu truong|hieu truong"
            + "|pho giam doc|giam doc|pho chu tich|chu tich|lanh dao|tat ca|cac|ong|ba|truong(?= (?:phong|ban|cac)\\b)) ");
    private static final Pattern TRAILING_PLACE = Pattern.compile(" (?:cac tinh|phuong|xa(?! hoi)|thanh pho|tinh|co quan so|so)(?: |$)");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final String[][] SCHOOL_LEVELS = {
            {"mamnon", "mam-non"}, {"tieuhoc", "tieu-hoc"}, {"trunghoccoso", "thcs"}, {"trunghocphothong", "thpt"}};
    private static final List<String> SCHOOL_KINDS = List.of("mam-non", "tieu-hoc", "thcs", "thpt");
    private static final List<String> SCHOOLS = List.of("cosogiaoduc", "cactruong", "truonghoc", "nhatruong");

    private final Map<String, Unit> byId = new LinkedHashMap<>();
    private final Map<String, List<Unit>> byAlias = new HashMap<>();
    private final Map<String, String> aliasHead = new HashMap<>();
    /** The places the units are named after ("haiphong", "hongbang"), compact. */
    private final Set<String> places = new HashSet<>();

    RecipientResolver(Collection<Unit> units) {
        units.forEach(u -> byId.put(u.id(), u));
        for (Unit u : units) {
            String name = expand(Fold.loose(u.name()));
            alias(name, u);
            for (String place : namedPlaces(name)) {
                places.add(place);
            }
            Matcher place = TRAILING_PLACE.matcher(name);
            if (place.find() && place.start() > 0) {
                alias(name.substring(0, place.start()), u);
                alias(name.substring(0, place.end()).strip(), u);
            }
            if (u.symbol() != null && u.symbol().length() >= 3 && "phong".equals(u.kind())) {
                alias("phong " + Fold.loose(u.symbol()), u);
            }
        }
    }

    /** No unit's name, with its titles and places, runs longer: a longer phrase is a sentence, not a name. */
    static final int LONGEST_NAME = 300;

    private void alias(String loose, Unit u) {
        String compact = loose.replace(" ", "");
        byAlias.computeIfAbsent(compact, k -> new ArrayList<>()).add(u);
        aliasHead.put(compact, head(loose));
    }

    private static String head(String loose) {
        int space = loose.indexOf(' ');
        return space < 0 ? loose : loose.substring(0, space);
    }

    /** Units that sign with {@code symbol} (compared without diacritics). */
    List<Unit> withSymbol(String symbol) {
        String folded = Fold.compact(symbol);
        return byId.values().stream().filter(u -> u.symbol() != null && Fold.compact(u.symbol()).equals(folded)).toList();
    }

    /** The unit under {@code parent} that signs with {@code symbol}, or null. */
    Unit within(Unit parent, String symbol) {
        return withSymbol(symbol).stream().filter(u -> u != parent && u.isWithin(parent))
                .min(Comparator.comparingInt(u -> u.path().length())).orElse(null);
    }

    /**
     * The id or selector {@code name} stands for, seen from {@code issuer} (may be null); null if
     * none. A unit named outright wins over a collective reading ("Trường THCS ..." is one school),
     * which wins over a unit named with OCR errors.
     */
    String resolve(String name, Unit issuer) {
        if (name.length() > LONGEST_NAME) {
            return null;
        }
        String plain = plain(name);
        Unit unit = unitOfLoose(plain, issuer, false);
        if (unit != null) {
            return unit.id();
        }
        String selector = selector(expand(Fold.loose(name)), issuer);
        if (selector != null) {
            return selector;
        }
        unit = unitOfLoose(plain, issuer, true);
        return unit == null ? null : unit.id();
    }

    /** The unit {@code name} names (a bracketed remark aside), nearest to {@code near}; null if none. */
    Unit unit(String name, Unit near) {
        if (name.length() > LONGEST_NAME) {
            return null;
        }
        Unit exact = unitOfLoose(plain(name), near, false);
        return exact != null ? exact : unitOfLoose(plain(name), near, true);
    }

    private static String plain(String name) {
        return expand(Fold.loose(PARENTHESES.matcher(name).replaceAll(" ")));
    }

    /**
     * The unit named by {@code loose} or one of its {@link #variants}; {@code fuzzy} allows OCR
     * edits, tried only after exact names and collective readings, so "UBND các phường" is not
     * taken for a near miss of "UBND phường".
     */
    private Unit unitOfLoose(String loose, Unit near, boolean fuzzy) {
        for (String variant : variants(loose)) {
            List<Unit> found = fuzzy ? nearAliases(variant) : byAlias.getOrDefault(variant.replace(" ", ""), List.of());
            if (!found.isEmpty()) {
                return nearest(found, near);
            }
        }
        return null;
    }

    /**
     * The name, then without leading titles, then without each trailing place qualifier that is
     * bare ("Công an tỉnh") or names a place of the organisation: "Ủy ban nhân dân tỉnh Sơn La" is
     * not "Ủy ban nhân dân".
     */
    private List<String> variants(String loose) {
        List<String> variants = new ArrayList<>();
        String s = loose;
        variants.add(s);
        for (Matcher m = LEADING_TITLE.matcher(s); m.find(); m = LEADING_TITLE.matcher(s)) {
            s = s.substring(m.end());
            variants.add(s);
        }
        String bare = s;
        Matcher place = TRAILING_PLACE.matcher(bare);
        List<Integer> cuts = new ArrayList<>();
        while (place.find()) {
            if (place.start() > 0) {
                cuts.add(place.start());
            }
            place.region(place.start() + 1, bare.length());
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            if (!namedPlaces(bare.substring(cuts.get(i))).stream().allMatch(this::isOurs)) {
                break;
            }
            variants.add(bare.substring(0, cuts.get(i)));
        }
        return variants;
    }

    /** Whether a place is one the units are named after, allowing OCR's misread letters. */
    private boolean isOurs(String place) {
        return places.contains(place) || places.stream().anyMatch(p -> Fuzzy.near(p, place));
    }

    /** The places a name's qualifiers name: "haiphong" in "... thanh pho hai phong", compact. */
    private static List<String> namedPlaces(String loose) {
        String[] pieces = TRAILING_PLACE.split(loose);
        List<String> named = new ArrayList<>();
        for (int i = 1; i < pieces.length; i++) {
            if (!pieces[i].isBlank()) {
                named.add(pieces[i].replace(" ", ""));
            }
        }
        return named;
    }

    /**
     * Units whose alias is within a few edits of {@code loose}, their first words within one. A
     * two-letter first word must match as it is: "Bộ" and "Sở" are not one body.
     */
    private List<Unit> nearAliases(String loose) {
        String compact = loose.replace(" ", "");
        if (compact.length() < 6) {
            return List.of();
        }
        String head = head(loose);
        List<Unit> found = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> e : byAlias.entrySet()) {
            String aliasHead = this.aliasHead.get(e.getKey());
            boolean headsAgree = head.equals(aliasHead)
                    || Math.min(head.length(), aliasHead.length()) >= 3 && Fuzzy.distance(head, aliasHead, 1) <= 1;
            if (headsAgree && Math.abs(e.getKey().length() - compact.length()) <= Fuzzy.tolerance(compact.length())
                    && Fuzzy.near(e.getKey(), compact)) {
                found.addAll(e.getValue());
            }
        }
        return found;
    }

    /** Of units equally named, the one sharing the longest path with {@code near}, then the highest. */
    private static Unit nearest(List<Unit> units, Unit near) {
        return units.stream().min(Comparator.comparingInt((Unit u) -> -sharedDepth(u, near))
                .thenComparingInt(u -> u.path().length())).orElseThrow();
    }

    private static int sharedDepth(Unit u, Unit near) {
        if (near == null) {
            return 0;
        }
        String[] a = u.path().split("/");
        String[] b = near.path().split("/");
        int n = 0;
        while (n < a.length && n < b.length && a[n].equals(b[n])) {
            n++;
        }
        return n;
    }

    /** A KINDS@UNIT selector for a collective name (schools, wards, Sở, divisions), or null. */
    private String selector(String loose, Unit issuer) {
        String compact = loose.replace(" ", "");
        if (SCHOOLS.stream().anyMatch(s -> Fuzzy.find(compact, s) >= 0)) {
            List<String> kinds = new ArrayList<>();
            for (String[] level : SCHOOL_LEVELS) {
                if (Fuzzy.find(compact, level[0]) >= 0) {
                    kinds.add(level[1]);
                }
            }
            Unit scope = scope(compact, issuer, "ubnd-phuong", "ubnd-tp");
            String kind = kinds.isEmpty() || kinds.containsAll(SCHOOL_KINDS) ? "truong" : String.join("+", kinds);
            return scope == null ? null : kind + "@" + scope.id();
        }
        if (Fuzzy.find(compact, "cacphuong") >= 0 || compact.contains("cacxa")) {
            Unit city = scope(compact, issuer, "ubnd-tp");
            return city == null ? null : "ubnd-phuong@" + city.id();
        }
        if ((" " + loose + " ").contains(" cac so ")) {
            Unit city = scope(compact, issuer, "ubnd-tp");
            return city == null ? null : "so@" + city.id();
        }
        if (Fuzzy.find(compact, "cacphong") >= 0) {
            Unit owner = scope(compact, issuer, "so", "ubnd-phuong");
            return owner == null ? null : "phong@" + owner.id();
        }
        return null;
    }

    /**
     * The unit a collective name is scoped to: "trên địa bàn phường Lê Chân", "thành phố", "cơ
     * quan Sở", "trực thuộc", or by default the issuer's nearest unit of {@code defaultKinds}.
     */
    private Unit scope(String compact, Unit issuer, String... defaultKinds) {
        int at = firstEnd(compact, "trendiaban", "tructhuoc", "thuoc", "coquan");
        String after = at < 0 ? "" : compact.substring(at);
        if (after.startsWith("phuong") && after.length() > "phuong".length()) {
            Unit ward = unitOfLoose("uy ban nhan dan " + after, issuer, false);
            if (ward != null) {
                return ward;
            }
        }
        if (after.startsWith("thanhpho")) {
            return ancestor(issuer, "ubnd-tp");
        }
        if (after.startsWith("so")) {
            return ancestor(issuer, "so");
        }
        if (after.startsWith("phuong")) {
            return ancestor(issuer, "ubnd-phuong");
        }
        if (at >= 0 && after.isEmpty() && compact.endsWith("thuoc") && issuer != null) {
            return issuer; // "trực thuộc": the issuer's own
        }
        return ancestor(issuer, defaultKinds);
    }

    /** Where the first of {@code needles} to occur in {@code compact} ends, or -1. */
    private static int firstEnd(String compact, String... needles) {
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (String n : needles) {
            int end = Fuzzy.find(compact, n);
            if (end >= 0 && end - n.length() < bestStart) {
                bestStart = end - n.length();
                bestEnd = end;
            }
        }
        return bestEnd;
    }

    /** The nearest unit of one of {@code kinds} at or above {@code unit}; the top unit without an issuer. */
    private Unit ancestor(Unit unit, String... kinds) {
        if (unit == null) {
            return byId.values().stream().filter(u -> u.parentId() == null).findFirst().orElse(null);
        }
        for (Unit u = unit; u != null; u = byId.get(u.parentId())) {
            for (String kind : kinds) {
                if (kind.equals(u.kind())) {
                    return u;
                }
            }
        }
        return null;
    }

    /** Abbreviations spelt out, "GD&ĐT" ({@code gd va dt}) as well. */
    private static String expand(String loose) {
        String[] words = loose.split(" ");
        StringBuilder b = new StringBuilder(loose.length() + 16);
        for (int i = 0; i < words.length; i++) {
            boolean gdDt = i + 2 < words.length && words[i].equals("gd") && words[i + 1].equals("va") && words[i + 2].equals("dt");
            b.append(b.length() == 0 ? "" : " ").append(gdDt ? "giao duc va dao tao" : ABBREVIATIONS.getOrDefault(words[i], words[i]));
            i += gdDt ? 2 : 0;
        }
        return b.toString();
    }
}
