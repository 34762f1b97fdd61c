package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void keyFoldsDiacriticsAndKeepsLength() {
        String text = "Sở Giáo dục và Đào tạo";
        assertThat(Fold.key(text)).isEqualTo("so giao duc va dao tao").hasSameSizeAs(text);
    }

    @Test
    void keyReadsOcrLookAlikes() {
        assertThat(Fold.key("co s¢ ¥ kién")).isEqualTo("co so y kien");
        assertThat(Fold.key("S& Khoa hoc")).isEqualTo("so khoa hoc");
        assertThat(Fold.key("GD&ĐT")).isEqualTo("gd&dt");
        assertThat(Fold.key("• một – hai")).isEqualTo("- mot - hai");
    }

    @Test
    void looseReadsDigitsInsideWordsAsLetters() {
        assertThat(Fold.loose("S6 hiệu: 8628")).isEqualTo("so hieu 8628");
        assertThat(Fold.loose("Sở GD&ĐT")).isEqualTo("so gd va dt");
        assertThat(Fold.compact("Hai  Ph0ng")).isEqualTo("haiphong");
    }

    @Test
    void cleanComposesDecomposedTextAndLineEnds() {
        String decomposed = "Hu\u0301ng\r\nA\u00a0B";
        assertThat(Fold.clean(decomposed)).isEqualTo("Húng\nA B");
    }
}
