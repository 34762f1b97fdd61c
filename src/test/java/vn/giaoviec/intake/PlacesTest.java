package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    private final Places places = new Places(TestOrganisation.units());

    @Test
    void restoresKnownPlaces() {
        assertThat(places.read("Hai Phong")).isEqualTo("Hải Phòng");
        assertThat(places.read("Ha N0i")).isEqualTo("Hà Nội");
        assertThat(places.read("Hồng Bàng")).isEqualTo("Hồng Bàng");
        assertThat(places.read("V/v tăng cường công tác Lê Chân")).isEqualTo("Lê Chân");
    }

    @Test
    void keepsAShortUnknownPlaceAndRefusesLongText() {
        assertThat(places.read("Thủy Nguyên")).isEqualTo("Thủy Nguyên");
        assertThat(places.read("một đoạn chữ dài không phải địa danh")).isNull();
    }
}
