package vn.giaoviec.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.giaoviec.org.Unit;

/**
 * Names a letter is dated at ("Hải Phòng, ngày ..."), so an OCR'd "Hai Phong" reads as the
 * canonical "Hải Phòng": the 34 provinces and cities since 12/6/2025, and the places the
 * organisation's city and wards are named after.
 */
final class Places {

    private static final List<String> PROVINCES = List.of(
            "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
            "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
            "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
            "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai",
            "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang");
    private static final Pattern PLACE_IN_NAME = Pattern.compile("(?:phuong|xa|thanh pho|tinh|dac khu)\\s+");

    private final Map<String, String> byCompact = new HashMap<>();

    Places(Collection<Unit> units) {
        PROVINCES.forEach(p -> byCompact.put(Fold.compact(p), p));
        for (Unit u : units) {
            if (!u.kind().startsWith("ubnd")) {
                continue;
            }
            Matcher m = PLACE_IN_NAME.matcher(Fold.key(u.name()));
            if (m.find()) {
                String place = u.name().substring(m.end()).strip();
                byCompact.putIfAbsent(Fold.compact(place), place);
            }
        }
    }

    /**
     * The canonical place named at the end of {@code printed} (which may carry other text before
     * it), or the printed words themselves when they are few and no known place matches; else null.
     */
    String read(String printed) {
        String[] words = printed.strip().split("\\s+");
        for (int n = Math.min(words.length, 5); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            String compact = Fold.compact(candidate);
            String known = byCompact.get(compact);
            if (known == null && compact.length() >= 7) {
                known = byCompact.entrySet().stream().filter(e -> Fuzzy.near(e.getKey(), compact))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (known != null) {
                return known;
            }
        }
        return words.length <= 4 && !printed.isBlank() ? printed.strip() : null;
    }
}
