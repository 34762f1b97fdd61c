package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.giaoviec.org.Unit;
import vn.giaoviec.org.UnitRepository;

class RecipientOptionsTest {

    @Test
    void everyUnitByItsNameAndTheSelectorsItsSubtreeHas() {
        List<Map<String, String>> options = of(TestOrganisation.units()).with(List.of());

        assertThat(options).contains(option("Văn phòng Sở", "so-gddt-vp"),
                option("Tất cả phòng chuyên môn thuộc Sở Giáo dục và Đào tạo (2)", "phong@so-gddt"),
                option("Tất cả trường học thuộc UBND phường Hồng Bàng (3)", "truong@phuong-hong-bang"),
                option("Tất cả UBND phường thuộc UBND thành phố Hải Phòng (2)", "ubnd-phuong@ubnd-tp"));
        // one THCS in the ward: the school itself, no selector of one
        assertThat(options).extracting(o -> o.get("value")).doesNotContain("thcs@phuong-hong-bang")
                .doesNotHaveDuplicates();
    }

    @Test
    void aDraftsOwnSelectorIsOfferedUnderWhatItStandsFor() {
        assertThat(of(TestOrganisation.units()).with(List.of("mam-non+tieu-hoc+thcs@phuong-hong-bang", "so-gddt-vp")))
                .endsWith(option("Tất cả trường mầm non, trường tiểu học, trường THCS thuộc UBND phường Hồng Bàng (3)",
                        "mam-non+tieu-hoc+thcs@phuong-hong-bang"));
    }

    @Test
    void twoSchoolsOfOneNameAreToldApartByTheirWard() {
        List<Unit> units = new ArrayList<>(TestOrganisation.units());
        units.add(new Unit("thcs-le-loi-hb", "Trường THCS Lê Lợi", null, "thcs", "phuong-hong-bang",
                "/ubnd-tp/phuong-hong-bang/thcs-le-loi-hb/"));
        units.add(new Unit("thcs-le-loi-lc", "Trường THCS Lê Lợi", null, "thcs", "phuong-le-chan",
                "/ubnd-tp/phuong-le-chan/thcs-le-loi-lc/"));

        assertThat(of(units).with(List.of())).contains(
                option("Trường THCS Lê Lợi (UBND phường Hồng Bàng)", "thcs-le-loi-hb"),
                option("Trường THCS Lê Lợi (UBND phường Lê Chân)", "thcs-le-loi-lc"));
    }

    private static RecipientOptions of(List<Unit> units) {
        UnitRepository repository = mock(UnitRepository.class);
        when(repository.findAll()).thenReturn(units);
        return new RecipientOptions(repository);
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
