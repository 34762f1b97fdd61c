package vn.giaoviec.org;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a nation-sized organisation in the format of the demo file: Bộ GDĐT at the top, under it the
 * 63 provinces (UBND tỉnh, its Sở GDĐT with the Sở's board and divisions, its Sở KHCN), under each
 * UBND tỉnh its wards and communes (UBND, VHXH division, pre-schools, primary and lower-secondary
 * schools), and upper-secondary schools under each Sở GDĐT, until there are exactly the requested
 * number of units. Hải Phòng keeps the ids of DESIGN §6 ({@code ubnd-tp}, {@code so-gddt},
 * {@code phuong-hong-bang}...), so what works on the demo works here; every other id starts with its
 * province's slug, so no two collide. Kinds are those of {@link Kinds}: a province's UBND is an
 * {@code ubnd-tp}, the ministry a {@code khac}. For load tests and benchmarks.
 */
public final class NationOrganisation {

    private record Province(String slug, String name) {
        /** Hải Phòng's units carry DESIGN §6's ids as they are; the others' are prefixed. */
        String id(String id) {
            return slug.equals("hai-phong") ? id : slug + "-" + id;
        }
    }

    /** The 63 provinces and centrally-run cities (before the 2025 mergers). */
    private static final List<Province> PROVINCES = List.of(
            p("ha-noi", "thành phố Hà Nội"), p("ho-chi-minh", "thành phố Hồ Chí Minh"), p("hai-phong", "thành phố Hải Phòng"),
            p("da-nang", "thành phố Đà Nẵng"), p("can-tho", "thành phố Cần Thơ"), p("ha-giang", "tỉnh Hà Giang"),
            p("cao-bang", "tỉnh Cao Bằng"), p("bac-kan", "tỉnh Bắc Kạn"), p("tuyen-quang", "tỉnh Tuyên Quang"),
            p("lao-cai", "tỉnh Lào Cai"), p("dien-bien", "tỉnh Điện Biên"), p("lai-chau", "tỉnh Lai Châu"),
            p("son-la", "tỉnh Sơn La"), p("yen-bai", "tỉnh Yên Bái"), p("hoa-binh", "tỉnh Hòa Bình"),
            p("thai-nguyen", "tỉnh Thái Nguyên"), p("lang-son", "tỉnh Lạng Sơn"), p("quang-ninh", "tỉnh Quảng Ninh"),
            p("bac-giang", "tỉnh Bắc Giang"), p("phu-tho", "tỉnh Phú Thọ"), p("vinh-phuc", "tỉnh Vĩnh Phúc"),
            p("bac-ninh", "tỉnh Bắc Ninh"), p("hai-duong", "tỉnh Hải Dương"), p("hung-yen", "tỉnh Hưng Yên"),
            p("thai-binh", "tỉnh Thái Bình"), p("ha-nam", "tỉnh Hà Nam"), p("nam-dinh", "tỉnh Nam Định"),
            p("ninh-binh", "tỉnh Ninh Bình"), p("thanh-hoa", "tỉnh Thanh Hóa"), p("nghe-an", "tỉnh Nghệ An"),
            p("ha-tinh", "tỉnh Hà Tĩnh"), p("quang-binh", "tỉnh Quảng Bình"), p("quang-tri", "tỉnh Quảng Trị"),
            p("thua-thien-hue", "tỉnh Thừa Thiên Huế"), p("quang-nam", "tỉnh Quảng Nam"), p("quang-ngai", "tỉnh Quảng Ngãi"),
            p("binh-dinh", "tỉnh Bình Định"), p("phu-yen", "tỉnh Phú Yên"), p("khanh-hoa", "tỉnh Khánh Hòa"),
            p("ninh-thuan", "tỉnh Ninh Thuận"), p("binh-thuan", "tỉnh Bình Thuận"), p("kon-tum", "tỉnh Kon Tum"),
            p("gia-lai", "tỉnh Gia Lai"), p("dak-lak", "tỉnh Đắk Lắk"), p("dak-nong", "tỉnh Đắk Nông"),
            p("lam-dong", "tỉnh Lâm Đồng"), p("binh-phuoc", "tỉnh Bình Phước"), p("tay-ninh", "tỉnh Tây Ninh"),
            p("binh-duong", "tỉnh Bình Dương"), p("dong-nai", "tỉnh Đồng Nai"), p("ba-ria-vung-tau", "tỉnh Bà Rịa - Vũng Tàu"),
            p("long-an", "tỉnh Long An"), p("tien-giang", "tỉnh Tiền Giang"), p("ben-tre", "tỉnh Bến Tre"),
            p("tra-vinh", "tỉnh Trà Vinh"), p("vinh-long", "tỉnh Vĩnh Long"), p("dong-thap", "tỉnh Đồng Tháp"),
            p("an-giang", "tỉnh An Giang"), p("kien-giang", "tỉnh Kiên Giang"), p("hau-giang", "tỉnh Hậu Giang"),
            p("soc-trang", "tỉnh Sóc Trăng"), p("bac-lieu", "tỉnh Bạc Liêu"), p("ca-mau", "tỉnh Cà Mau"));

    private static final String[] PLACE = {"An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Vĩnh", "Long", "Minh",
            "Quang", "Hưng", "Đông", "Tây", "Nam", "Bắc", "Hải", "Thuận", "Phước", "Lộc", "Xuân", "Trung",
            "Thanh", "Hồng", "Kim", "Sơn", "Lạc", "Thịnh", "Đức", "Mỹ", "Hiệp"};
    private static final String[] NAMESAKE = {"Lê Lợi", "Nguyễn Trãi", "Trần Hưng Đạo", "Quang Trung", "Chu Văn An",
            "Lê Quý Đôn", "Nguyễn Du", "Võ Thị Sáu", "Kim Đồng", "Lý Tự Trọng", "Nguyễn Bỉnh Khiêm", "Phan Bội Châu",
            "Trần Phú", "Ngô Quyền", "Lương Thế Vinh", "Hai Bà Trưng", "Nguyễn Đình Chiểu", "Trần Quốc Toản"};
    private static final String[] NURSERY = {"Hoa Sen", "Sơn Ca", "Họa Mi", "Hoa Hồng", "Tuổi Thơ", "Bình Minh",
            "Hoa Mai", "Măng Non", "Ánh Dương", "Hướng Dương"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Quang", "Thị Thu", "Hồng", "Đức", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hải", "Hùng", "Lan", "Linh",
            "Mai", "Nam", "Nga", "Phúc", "Phương", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};
    private static final String[][] WARD_SCHOOLS = {{"mam-non", "Trường Mầm non"}, {"tieu-hoc", "Trường Tiểu học"},
            {"thcs", "Trường THCS"}};

    /** The ministry's three units and each province's seven before its wards and schools. */
    private static final int MINISTRY = 3;
    private static final int PER_PROVINCE = 7;
    /** A ward: its UBND, its VHXH division and four schools of each ward kind. */
    private static final int WARD = 2 + 4 * WARD_SCHOOLS.length;

    private final Writer out;
    private int written;

    private NationOrganisation(Writer out) {
        this.out = out;
    }

    /** Writes exactly {@code units} units (at least the ministry's and the provinces' fixed ones) to {@code file}. */
    public static Path write(Path file, int units) {
        int fixed = MINISTRY + PROVINCES.size() * PER_PROVINCE;
        if (units < fixed) {
            throw new IllegalArgumentException("a nation has at least " + fixed + " units, not " + units);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                NationOrganisation nation = new NationOrganisation(out);
                out.write("# generated by NationOrganisation: " + units + " units\nunits:\n");
                nation.unit("bo-gddt", "Bộ Giáo dục và Đào tạo", "BGDĐT", "khac", null);
                nation.unit("bo-gddt-vp", "Văn phòng Bộ", "VP", "phong", "bo-gddt");
                nation.unit("bo-gddt-gdpt", "Vụ Giáo dục phổ thông", "GDPT", "phong", "bo-gddt");
                int rest = units - fixed;
                for (int i = 0; i < PROVINCES.size(); i++) {
                    int share = rest / PROVINCES.size() + (i < rest % PROVINCES.size() ? 1 : 0);
                    nation.province(PROVINCES.get(i), share);
                }
                if (nation.written != units) {
                    throw new IllegalStateException("wrote " + nation.written + " units instead of " + units);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The province's fixed units, then {@code share} more: about 4% upper-secondary schools, the rest wards. */
    private void province(Province p, int share) throws IOException {
        String ubnd = p.id("ubnd-tp");
        String so = p.id("so-gddt");
        unit(ubnd, "UBND " + p.name(), "UBND", "ubnd-tp", "bo-gddt");
        unit(so, "Sở Giáo dục và Đào tạo " + p.name(), "SGDĐT", "so", ubnd);
        unit(p.id("so-gddt-bgd"), "Ban Giám đốc Sở", "BGĐ", "lanh-dao", so);
        unit(p.id("so-gddt-vp"), "Văn phòng Sở", "VP", "phong", so);
        unit(p.id("so-gddt-gdpt"), "Phòng Giáo dục phổ thông", "GDPT", "phong", so);
        unit(p.id("so-gddt-gdmn"), "Phòng Giáo dục mầm non", "GDMN", "phong", so);
        unit(p.id("so-khcn"), "Sở Khoa học và Công nghệ " + p.name(), "SKHCN", "so", ubnd);
        int upperSecondary = Math.min(share, Math.max(1, share / 25));
        int left = share - upperSecondary;
        if (left % WARD == 1) {
            // a ward has at least its UBND and its division: the odd unit is one more upper-secondary school
            upperSecondary++;
            left--;
        }
        for (int i = 1; i <= upperSecondary; i++) {
            unit(p.id("thpt-" + i), "Trường THPT " + NAMESAKE[i % NAMESAKE.length] + (i > NAMESAKE.length ? " số " + i : ""),
                    null, "thpt", so);
        }
        for (int ward = 1; left > 0; ward++) {
            int size = Math.min(WARD, left);
            ward(p, ward, size, ubnd);
            left -= size;
        }
    }

    /** A ward or commune of {@code size} units: its UBND, its VHXH division, then schools of each ward kind in turn. */
    private void ward(Province p, int n, int size, String parent) throws IOException {
        boolean urban = n % 3 != 0;
        String place = PLACE[n % PLACE.length] + " " + PLACE[(n / PLACE.length + n * 7 + 1) % PLACE.length];
        String id = p.slug().equals("hai-phong") && n <= 2 ? (n == 1 ? "phuong-hong-bang" : "phuong-le-chan")
                : p.id((urban ? "phuong-" : "xa-") + n);
        if (id.equals("phuong-hong-bang")) {
            place = "Hồng Bàng";
        } else if (id.equals("phuong-le-chan")) {
            place = "Lê Chân";
        }
        String ward = (urban ? "phường " : "xã ") + place;
        unit(id, "UBND " + ward, "UBND", "ubnd-phuong", parent);
        unit(id + "-vhxh", "Phòng Văn hóa - Xã hội " + ward, "VHXX", "phong", id);
        for (int s = 0; s < size - 2; s++) {
            String[] kind = WARD_SCHOOLS[s % WARD_SCHOOLS.length];
            int k = s / WARD_SCHOOLS.length + 1;
            String name = kind[0].equals("mam-non") ? NURSERY[(n + k) % NURSERY.length]
                    : k == 1 ? place : NAMESAKE[(n + k) % NAMESAKE.length];
            unit(id + "-" + kind[0] + "-" + k, kind[1] + " " + name, null, kind[0], id);
        }
    }

    private void unit(String id, String name, String symbol, String kind, String parent) throws IOException {
        written++;
        out.append("  - id: ").append(id).append('\n').append("    name: ").append(name).append('\n');
        if (symbol != null) {
            out.append("    symbol: ").append(symbol).append('\n');
        }
        out.append("    kind: ").append(kind).append('\n');
        if (parent != null) {
            out.append("    parent: ").append(parent).append('\n');
        }
        out.append("    people:\n")
                .append("      - {role: HEAD, name: ").append(person(written * 2)).append(", email: ").append(id).append(".head@giaoviec.test}\n")
                .append("      - {role: FOCAL, name: ").append(person(written * 2 + 1)).append(", email: ").append(id).append(".focal@giaoviec.test}\n");
    }

    private static String person(int n) {
        return FAMILY[n % FAMILY.length] + " " + MIDDLE[n / 7 % MIDDLE.length] + " " + GIVEN[n / 3 % GIVEN.length];
    }

    private static Province p(String slug, String name) {
        return new Province(slug, name);
    }
}
