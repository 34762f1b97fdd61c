package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientPhrasesTest {

    @Test
    void readsTheLeadAndTheCoordinators() {
        RecipientPhrases.Named n = RecipientPhrases.read(
                "Giao Văn phòng Sở phối hợp với Sở Khoa học và Công nghệ và các đơn vị liên quan triển khai các nhiệm vụ.");
        assertThat(n.explicit()).isTrue();
        assertThat(n.leads()).containsExactly("Văn phòng Sở");
        assertThat(n.coordinators()).containsExactly("Sở Khoa học và Công nghệ", "các đơn vị liên quan");
    }

    @Test
    void readsOcrText() {
        RecipientPhrases.Named n = RecipientPhrases.read("Giao Vian phong So phdi hop véi S& Khoa hoc va Cong nghé va cac don");
        assertThat(n.leads()).containsExactly("Vian phong So");
        assertThat(n.coordinators()).containsExactly("S& Khoa hoc va Cong nghé", "cac don");
    }

    @Test
    void aLeadEndsAtItsColonOrVerb() {
        assertThat(RecipientPhrases.read("Phòng Giáo dục phổ thông: chủ trì hướng dẫn").leads())
                .containsExactly("Phòng Giáo dục phổ thông");
        assertThat(RecipientPhrases.read("Chủ tịch Ủy ban nhân dân các phường, xã chỉ đạo các trường").leads())
                .containsExactly("Chủ tịch Ủy ban nhân dân các phường, xã");
        assertThat(RecipientPhrases.read("Các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn").leads())
                .containsExactly("Các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn");
        assertThat(RecipientPhrases.read("Văn phòng Sở, Phòng Giáo dục phổ thông và các trường THPT tổ chức").leads())
                .containsExactly("Văn phòng Sở", "Phòng Giáo dục phổ thông", "các trường THPT");
    }

    @Test
    void readsUnitsAfterAHeadingsColon() {
        RecipientPhrases.Named n = RecipientPhrases.read("Báo cáo đầu năm học: các trường THPT gửi về Sở trước ngày 15/10.");
        assertThat(n.leads()).containsExactly("các trường THPT");
        assertThat(n.certain()).isFalse();
        assertThat(RecipientPhrases.read("Văn phòng Sở: tổng hợp").certain()).isTrue();
    }

    @Test
    void aLikelyNameIsOnlyLikely() {
        RecipientPhrases.Named n = RecipientPhrases.read("Số hóa hồ sơ, văn bằng, hoàn thành trong Quý III/2026.");
        assertThat(n.explicit()).isTrue();
        assertThat(n.certain()).isFalse();
    }

    @Test
    void aVerbRunIntoTheNameStillEndsIt() {
        assertThat(RecipientPhrases.read("Truong THCS Hong Bangxay dung ke hoach").leads()).containsExactly("Truong THCS Hong Bang");
        assertThat(RecipientPhrases.read("Các trường mầm non tự đánh giá mức độ").leads()).containsExactly("Các trường mầm non");
    }

    @Test
    void aLeadOpeningWithAVerbNamesNobody() {
        RecipientPhrases.Named n = RecipientPhrases.read("Tiếp tục khẩn trương hoàn thành các nhiệm vụ được giao");
        assertThat(n.explicit()).isFalse();
        assertThat(n.leads()).isEmpty();
    }

    @Test
    void splitsListsButNotNames() {
        assertThat(RecipientPhrases.split("Trưởng các phòng chuyên môn, nghiệp vụ cơ quan Sở; Văn phòng Sở"))
                .containsExactly("Trưởng các phòng chuyên môn, nghiệp vụ cơ quan Sở", "Văn phòng Sở");
    }

    @Test
    void aUnitWordOrTitleAloneBelongsToTheNameBesideIt() {
        assertThat(RecipientPhrases.split("Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố"))
                .containsExactly("Các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố");
        assertThat(RecipientPhrases.split("Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố, Chủ tịch UBND các xã"))
                .containsExactly("Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố", "Chủ tịch UBND các xã");
    }

    @Test
    void aListOfUnitsGoesOnAfterASemicolonAndAUnitWordSpeltOutIsCertain() {
        RecipientPhrases.Named n = RecipientPhrases.read(
                "Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền.");
        assertThat(n.leads()).containsExactly("Các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố");
        assertThat(n.certain()).isTrue();
        assertThat(RecipientPhrases.read("Sở Tài chính: thẩm định dự toán; Công an tỉnh lập dự toán.").leads())
                .containsExactly("Sở Tài chính");
    }

    @Test
    void theRemitEndsTheName() {
        assertThat(RecipientPhrases.read("giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu").leads())
                .containsExactly("Bộ Kế hoạch và Đầu tư");
    }

    @Test
    void theUnitsChargedByAnImplementingArticle() {
        RecipientPhrases.Named n = RecipientPhrases.read("Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc, Thủ trưởng"
                + " các Sở, ban, ngành Thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành"
                + " Quyết định này.");
        assertThat(n.leads()).containsExactly("Chánh Văn phòng Ủy ban nhân dân Thành phố",
                "Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố", "các cơ quan, tổ chức, cá nhân có liên quan");
        assertThat(n.certain()).isTrue();
        assertThat(RecipientPhrases.read("Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu.").leads()).containsExactly("Bộ Y tế");
    }
}
