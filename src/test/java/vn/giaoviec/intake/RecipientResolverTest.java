package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.giaoviec.org.Unit;

class RecipientResolverTest {

    private final RecipientResolver resolver = new RecipientResolver(TestOrganisation.units());
    private final Unit so = TestOrganisation.unit("so-gddt");
    private final Unit hongBang = TestOrganisation.unit("phuong-hong-bang");
    private final Unit leChan = TestOrganisation.unit("phuong-le-chan");
    private final Unit city = TestOrganisation.unit("ubnd-tp");

    @Test
    void namesUnitsFromTheIssuersPointOfView() {
        assertThat(resolver.resolve("Văn phòng Sở", so)).isEqualTo("so-gddt-vp");
        assertThat(resolver.resolve("Sở Khoa học và Công nghệ", so)).isEqualTo("so-khcn");
        assertThat(resolver.resolve("Ban Giám đốc (để b/c)", so)).isEqualTo("so-gddt-bgd");
        assertThat(resolver.resolve("Phòng Văn hóa - Xã hội phường", leChan)).isEqualTo("phuong-le-chan-vhxh");
        assertThat(resolver.resolve("Phòng VHXX phường", hongBang)).isEqualTo("phuong-hong-bang-vhxh");
        assertThat(resolver.resolve("Giám đốc Sở GDĐT", city)).isEqualTo("so-gddt");
        assertThat(resolver.resolve("Trường THCS Hồng Bàng", so)).isEqualTo("thcs-hong-bang");
    }

    @Test
    void readsOcrGarbledNames() {
        assertThat(resolver.resolve("Vian phong So", so)).isEqualTo("so-gddt-vp");
        assertThat(resolver.resolve("S& Khoa hoc va Cong nghé", so)).isEqualTo("so-khcn");
        assertThat(resolver.resolve("Ban Giam déc (dé b/c)", so)).isEqualTo("so-gddt-bgd");
    }

    @Test
    void readsCollectiveNamesAsSelectors() {
        assertThat(resolver.resolve("Trưởng các phòng chuyên môn, nghiệp vụ cơ quan Sở", so)).isEqualTo("phong@so-gddt");
        assertThat(resolver.resolve("Thủ trưởng cơ sở giáo dục trên địa bàn thành phố Hải Phòng", so))
                .isEqualTo("truong@ubnd-tp");
        assertThat(resolver.resolve("Thu truéng co s¢ gido duc trén dia ban thanh pho Hai Phong", so))
                .isEqualTo("truong@ubnd-tp");
        assertThat(resolver.resolve("các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn phường", hongBang))
                .isEqualTo("mam-non+tieu-hoc+thcs@phuong-hong-bang");
        assertThat(resolver.resolve("các trường mầm non trên địa bàn phường Lê Chân", so)).isEqualTo("mam-non@phuong-le-chan");
        assertThat(resolver.resolve("Hiệu trưởng các trường THPT trực thuộc", so)).isEqualTo("thpt@so-gddt");
        assertThat(resolver.resolve("Chủ tịch UBND các phường, xã", city)).isEqualTo("ubnd-phuong@ubnd-tp");
        assertThat(resolver.resolve("Giám đốc các sở, ban, ngành", city)).isEqualTo("so@ubnd-tp");
    }

    @Test
    void readsNoisedCollectivesAndRunTogetherWords() {
        assertThat(resolver.resolve("Cac trudng THPT", so)).isEqualTo("thpt@ubnd-tp");
        assertThat(resolver.resolve("Phong Van hoa - Xahoi", leChan)).isEqualTo("phuong-le-chan-vhxh");
        assertThat(resolver.resolve("UBND thành phố (để b/c)", leChan)).isEqualTo("ubnd-tp");
        assertThat(resolver.resolve("Các trung tâm", so)).isNull();
    }

    @Test
    void aBodyOutsideTheOrganisationIsNone() {
        assertThat(resolver.resolve("Bộ Giáo dục và Đào tạo", so)).isNull();
        assertThat(resolver.resolve("Sở Y tế", so)).isNull();
        assertThat(resolver.resolve("Như trên", so)).isNull();
        assertThat(resolver.resolve("Lưu: VT, VHXX", hongBang)).isNull();
    }

    @Test
    void aPlaceOutsideTheOrganisationIsNotOneOfOurs() {
        assertThat(resolver.resolve("Ủy ban nhân dân tỉnh Sơn La", null)).isNull();
        assertThat(resolver.resolve("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", null)).isNull();
        assertThat(resolver.resolve("Sở Giáo dục và Đào tạo thành phố Hải Phòng", city)).isEqualTo("so-gddt");
        assertThat(resolver.resolve("Sở Giáo dục và Đào tạo thanh pho Hai Phdng", city)).isEqualTo("so-gddt");
        assertThat(resolver.resolve("Công an tỉnh", city)).isNull();
    }

    @Test
    void findsUnitsBySymbol() {
        assertThat(resolver.withSymbol("SGDDT")).extracting(Unit::id).containsExactly("so-gddt");
        assertThat(resolver.within(hongBang, "VHXX").id()).isEqualTo("phuong-hong-bang-vhxh");
        assertThat(resolver.within(so, "VHXX")).isNull();
    }
}
