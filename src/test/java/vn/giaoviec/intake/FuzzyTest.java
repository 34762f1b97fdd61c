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
    void distanceStopsPastItsBound() {
        assertThat(Fuzzy.distance("vianphongso", "vanphongso", 2)).isEqualTo(1);
        assertThat(Fuzzy.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
        assertThat(Fuzzy.near("bangiamdec", "bangiamdoc")).isTrue();
        assertThat(Fuzzy.near("vp", "vx")).isFalse();
    }

    @Test
    void findsAnApproximateOccurrence() {
        assertThat(Fuzzy.find("thutruengcosogidoductrendiaban", "cosogiaoduc")).isEqualTo(20);
        assertThat(Fuzzy.find("vanphongso", "phong")).isEqualTo(8);
        assertThat(Fuzzy.find("vanphongso", "truonghoc")).isEqualTo(-1);
    }
}
