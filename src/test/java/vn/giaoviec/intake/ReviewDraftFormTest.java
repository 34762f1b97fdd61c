package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.Test;

import vn.giaoviec.kernel.WorkCalendar;

/** Where Kiểm tra bản đăng ký shows what the parser could not read. */
class ReviewDraftFormTest {

    private final DirectiveTextParser parser = new DirectiveTextParser(TestOrganisation.units(), WorkCalendar.fromClasspath());

    @Test
    void anUnknownAddresseeTheItemsTookIsMappedForThoseItems() {
        Map<String, Object> form = ReviewDraftForm.variables(parser.read(letter("Hội Khuyến học phường",
                "1. Tổ chức phát động phong trào khuyến học.\n2. Tổng hợp, báo cáo kết quả.")));

        assertThat(form.get("addresseesWarning")).isEqualTo("⚠ Không nhận ra đơn vị nhận: Hội Khuyến học phường");
        assertThat(form).doesNotContainKey("generalWarning");
        assertThat(json(form.get("unmapped"))).contains("\"phrase\":\"Hội Khuyến học phường\"")
                .contains("\"itemsText\":\"Mục 1, 2\"");
    }

    @Test
    void anUnknownAddresseeNoItemTookStaysAtTheTopAndMarkupIsShownAsPrinted() {
        Map<String, Object> form = ReviewDraftForm.variables(parser.read(letter("Hội *Khuyến học*",
                "1. Phòng Văn hóa - Xã hội phường Lê Chân tổ chức phát động phong trào khuyến học.")));

        assertThat(form.get("generalWarning")).isEqualTo("⚠ Không nhận ra đơn vị nhận: Hội \\*Khuyến học\\*");
        assertThat(form).doesNotContainKey("addresseesWarning");
        assertThat(json(form.get("unmapped"))).isEqualTo("[]");
    }

    /** A JSON variable as the engine will store it. */
    private static String json(Object variable) {
        return ((SerializableValue) variable).getValueSerialized();
    }

    private static String letter(String addressee, String items) {
        return """
                UBND PHƯỜNG LÊ CHÂN
                Số: 20/UBND-VHXX                 Lê Chân, ngày 05 tháng 3 năm 2026
                V/v phát động phong trào khuyến học

                Kính gửi: %s

                %s
                """.formatted(addressee, items);
    }
}
