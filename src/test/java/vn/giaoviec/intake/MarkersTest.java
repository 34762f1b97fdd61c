package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkersTest {

    @Test
    void readsItemNumbersButNotSubNumbersOrAmounts() {
        assertThat(Markers.number(" 4. Xay dung")).isEqualTo(4);
        assertThat(Markers.number("1.1. Rà soát")).isEqualTo(-1);
        assertThat(Markers.number("1.000 học sinh")).isEqualTo(-1);
        assertThat(Markers.number("2025 va nhiem vu")).isEqualTo(-1);
    }

    @Test
    void readsRomanSectionsAsOcrPrintsThem() {
        assertThat(Markers.roman("II. NHIỆM VỤ")).isEqualTo(2);
        assertThat(Markers.roman("I11. TỔ CHỨC THỰC HIỆN")).isEqualTo(3);
        assertThat(Markers.roman("IV. KIẾN NGHỊ")).isEqualTo(4);
        assertThat(Markers.roman("1. Văn phòng Sở")).isEqualTo(-1);
    }

    @Test
    void stripsTheMarker() {
        assertThat(Markers.stripNumber("2. Các cơ sở giáo dục")).isEqualTo("Các cơ sở giáo dục");
        assertThat(Markers.strip("- Như trên;", Markers.BULLET)).isEqualTo("Như trên;");
        assertThat(Markers.opensPart("a) Xây dựng")).isTrue();
        assertThat(Markers.opensPart("ban nhan dan")).isFalse();
        assertThat(Markers.opensPart("-----------")).isFalse();
    }
}
