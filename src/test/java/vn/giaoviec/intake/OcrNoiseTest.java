package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrNoiseTest {

    private static final String TEXT = "Số: 75/KH-SGDĐT\nĐề nghị Văn phòng Sở phối hợp với các đơn vị liên quan triển khai thực hiện.";

    @Test
    void stripsDiacriticsAndKeepsIdentifiers() {
        String noisy = OcrNoise.apply(TEXT, 1);
        assertThat(noisy).doesNotContain("ố", "Đ", "đ", "ợ").contains("75/KH-SGDDT").startsWith("So: ");
    }

    @Test
    void isRepeatableForASeedAndVariesAcrossSeeds() {
        assertThat(OcrNoise.apply(TEXT, 7)).isEqualTo(OcrNoise.apply(TEXT, 7));
        long distinct = java.util.stream.LongStream.range(0, 20).mapToObj(s -> OcrNoise.apply(TEXT, s)).distinct().count();
        assertThat(distinct).isGreaterThan(5);
    }
}
