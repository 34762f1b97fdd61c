package vn.giaoviec.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.giaoviec.org.Unit;

/** The demo organisation of DESIGN §6, with two schools of each kind under each ward and two THPT. */
final class TestOrganisation {

    private TestOrganisation() {
    }

    static List<Unit> units() {
        Map<String, String> paths = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        String[][] rows = {
                {"ubnd-tp", "UBND thành phố Hải Phòng", "UBND", "ubnd-tp", null},
                {"so-gddt", "Sở Giáo dục và Đào tạo", "SGDĐT", "so", "ubnd-tp"},
                {"so-gddt-bgd", "Ban Giám đốc Sở", "BGĐ", "lanh-dao", "so-gddt"},
                {"so-gddt-vp", "Văn phòng Sở", "VP", "phong", "so-gddt"},
                {"so-gddt-gdpt", "Phòng Giáo dục phổ thông", "GDPT", "phong", "so-gddt"},
                {"so-khcn", "Sở Khoa học và Công nghệ", "SKHCN", "so", "ubnd-tp"},
                {"phuong-hong-bang", "UBND phường Hồng Bàng", "UBND", "ubnd-phuong", "ubnd-tp"},
                {"phuong-hong-bang-vhxh", "Phòng Văn hóa - Xã hội phường Hồng Bàng", "VHXX", "phong", "phuong-hong-bang"},
                {"phuong-le-chan", "UBND phường Lê Chân", "UBND", "ubnd-phuong", "ubnd-tp"},
                {"phuong-le-chan-vhxh", "Phòng Văn hóa - Xã hội phường Lê Chân", "VHXX", "phong", "phuong-le-chan"},
                {"mn-hoa-sen", "Trường Mầm non Hoa Sen", "MNHS", "mam-non", "phuong-hong-bang"},
                {"th-hong-bang", "Trường Tiểu học Hồng Bàng", "THHB", "tieu-hoc", "phuong-hong-bang"},
                {"thcs-hong-bang", "Trường THCS Hồng Bàng", "THCSHB", "thcs", "phuong-hong-bang"},
                {"mn-le-chan", "Trường Mầm non Lê Chân", "MNLC", "mam-non", "phuong-le-chan"},
                {"th-le-chan", "Trường Tiểu học Lê Chân", "THLC", "tieu-hoc", "phuong-le-chan"},
                {"thcs-le-chan", "Trường THCS Lê Chân", "THCSLC", "thcs", "phuong-le-chan"},
                {"thpt-tran-phu", "Trường THPT chuyên Trần Phú", "THPTTP", "thpt", "so-gddt"},
                {"thpt-ngo-quyen", "Trường THPT Ngô Quyền", "THPTNQ", "thpt", "so-gddt"}};
        for (String[] r : rows) {
            String path = (r[4] == null ? "/" : paths.get(r[4])) + r[0] + "/";
            paths.put(r[0], path);
            units.add(new Unit(r[0], r[1], r[2], r[3], r[4], path));
        }
        return units;
    }
}
