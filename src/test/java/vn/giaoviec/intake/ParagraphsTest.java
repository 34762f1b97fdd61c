package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void joinsWrappedLinesAndSplitsAtMarkersAndFullStops() {
        List<String> lines = List.of("Thực hiện Văn bản số 11494/VP-VX của Văn phòng Ủy", "ban nhân dân thành phố;",
                "Căn cứ Nghị quyết số 57-", "NQ/TW,", "- Triển khai kế hoạch", "", "của Sở;", "", "Nhận được văn bản này");
        assertThat(Paragraphs.join(lines)).isEqualTo("Thực hiện Văn bản số 11494/VP-VX của Văn phòng Ủy ban nhân dân thành phố;\n"
                + "Căn cứ Nghị quyết số 57-NQ/TW,\n- Triển khai kế hoạch của Sở;\nNhận được văn bản này");
    }
}
