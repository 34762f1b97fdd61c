package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void namesAreSyllables() {
        for (String word : "Nguyễn Thị Vân Anh Vương Minh Long Huỳnh Quỳnh Nghĩa Giang Khuê Tường Oanh".split(" ")) {
            assertThat(Syllables.valid(word)).as(word).isTrue();
        }
    }

    @Test
    void ocrGarbleIsNot() {
        assertThat(Syllables.valid("Uoéng")).isFalse();
        assertThat(Syllables.valid("Nguy3n")).isFalse();
        assertThat(Syllables.valid("Trudng")).isFalse();
    }
}
