package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FuzzyTest {

    @Test
    void phraseSurvivesDigitsSplitAndJoinedWords() {
        Pattern p = Fuzzy.words("kinh gui");
        assertThat(p.matcher("kinh gui:").find()).isTrue();
        assertThat(p.matcher("kinhgui:").find()).isTrue();
        assertThat(p.matcher("k1nh g ui:").find()).isTrue();
        assertThat(p.matcher("kinh guong").find()).isFalse();
    }

    @Test
    void questionMarkStandsForAGarbledLetter() {
        Pattern p = Fuzzy.words("ph?i h?p");
        assertThat(p.matcher("phdi hop voi").find()).isTrue();
        assertThat(p.matcher("ph0i hop").find()).isTrue();
    }

    @Test
    void acceptsOcrsLetterConfusions() {
        assertThat(Fuzzy.words("truoc ngay").matcher("trudc ng3y 25").find()).isTrue();
        assertThat(Fuzzy.words("can cu").matcher("can cv nghi dinh").find()).isTrue();
    }

    @Test
    void aKeywordMayRunIntoTheWordBeforeUnlessItCouldEndASyllable() {
        assertThat(Fuzzy.words("trong thang").matcher("tot nghieptrong thang 4").find()).isTrue();
        assertThat(Fuzzy.words("hang quy").matcher("bao cao thang quy").find()).isFalse();
        assertThat(Fuzzy.words("hang quy").matcher("dinh ky hang quy").find()).isTrue();
    }

    @Test
    void distanceStopsPastItsBound() {
        assertThat(Fuzzy.distance("vianphongso", "vanphongso", 2)).isEqualTo(1);
        assertThat(Fuzzy.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
        assertThat(Fuzzy.near("bangiamdec", "bangiamdoc")).isTrue();
        assertThat(Fuzzy.near("vp", "vx")).isFalse();
    }

    @Test
    void findsAnOccurrenceWithMisreadLetters() {
        assertThat(Fuzzy.find("thutruengcosogidoductrendiaban", "cosogiaoduc")).isEqualTo(20);
        assertThat(Fuzzy.find("hieutruongcactrudngthpt", "cactruong")).isEqualTo(19);
        assertThat(Fuzzy.find("cactrungtam", "cactruong")).isEqualTo(-1);
        assertThat(Fuzzy.find("vanphongso", "phong")).isEqualTo(8);
        assertThat(Fuzzy.find("vanphongso", "truonghoc")).isEqualTo(-1);
    }
}
