package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemSplitterTest {

    private static ItemSplitter.Split split(String text) {
        Doc doc = new Doc(text);
        int appendix = ItemSplitter.appendixStart(doc, 0);
        return ItemSplitter.split(doc, 0, appendix, appendix);
    }

    @Test
    void numberedItemsFoldTheirSubPointsAndTheLastEndsBeforeTheClosing() {
        ItemSplitter.Split s = split("""
                Căn cứ Kế hoạch số 12/KH-UBND;
                Sở đề nghị các đơn vị thực hiện:

                1. Giao Văn phòng Sở
                - rà soát dữ liệu;

                - báo cáo kết quả.
                2. Các trường THPT:
                a) xây dựng kế hoạch;
                b) tổ chức thực hiện.

                Sở đề nghị các đơn vị thực hiện./.
                """);
        assertThat(s.preamble()).containsExactly("Căn cứ Kế hoạch số 12/KH-UBND;", "Sở đề nghị các đơn vị thực hiện:");
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("1", "2");
        assertThat(s.items().get(0).text()).isEqualTo("Giao Văn phòng Sở\n- rà soát dữ liệu;\n- báo cáo kết quả.");
        assertThat(s.items().get(0).lead()).isEqualTo("Giao Văn phòng Sở");
        assertThat(s.items().get(1).text()).isEqualTo("Các trường THPT:\na) xây dựng kế hoạch;\nb) tổ chức thực hiện.");
    }

    @Test
    void onlyTaskSectionsGiveItemsAndBulletsServeWhereNothingIsNumbered() {
        ItemSplitter.Split s = split("""
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao chất lượng.
                II. NHIỆM VỤ TRỌNG TÂM
                - Rà soát dữ liệu học sinh;
                - Cập nhật hồ sơ.
                III. TỔ CHỨC THỰC HIỆN
                1. Văn phòng Sở: theo dõi.
                2. Các trường THPT: báo cáo.
                Trên đây là kế hoạch của Sở.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("II.1", "II.2", "III.1", "III.2");
        assertThat(s.items().get(0).text()).isEqualTo("Rà soát dữ liệu học sinh;");
        assertThat(s.items().get(3).text()).isEqualTo("Các trường THPT: báo cáo.");
    }

    @Test
    void readsAnAppendixTaskTableWithWrappedRows() {
        ItemSplitter.Split s = split("""
                1. Triển khai kế hoạch.
                PHỤ LỤC
                DANH MỤC NHIỆM VỤ
                | TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
                | I | Chuyển đổi số |  |  |  |
                | 1 | Xây dựng kho dữ liệu | Văn phòng Sở | Phòng GDPT | Quý II/2026 |
                |  | học sinh |  | các trường THPT |  |
                | 2 | Tập huấn | Phòng GDPT |  | Thường xuyên |
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("1", "PL.1", "PL.2");
        ItemSplitter.RawItem row = s.items().get(1);
        assertThat(row.text()).isEqualTo("Xây dựng kho dữ liệu học sinh");
        assertThat(row.cells()).isEqualTo(new ItemSplitter.Cells("Văn phòng Sở", "Phòng GDPT các trường THPT", "Quý II/2026"));
    }

    @Test
    void aLetterWithoutNumbersHasItsTaskParagraphs() {
        ItemSplitter.Split s = split("""
                Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân thành phố.

                Đề nghị Ủy ban nhân dân các phường rà soát, cập nhật dữ liệu trẻ em và gửi kết quả về Sở,
                hạn cuối ngày 15 tháng 12 hàng năm.
                Về nội dung trên, Chủ tịch giao Sở Khoa học và Công nghệ nghiên cứu, đề xuất giải pháp.
                Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("1", "2");
        assertThat(s.items().get(0).text()).startsWith("Đề nghị Ủy ban nhân dân các phường").endsWith("hàng năm.");
        assertThat(s.items().get(1).lead()).isEqualTo("giao Sở Khoa học và Công nghệ nghiên cứu, đề xuất giải pháp.");
        assertThat(split("Yêu cầu các nội dung trên được thực hiện nghiêm túc.").items()).isEmpty();
        assertThat(split("Đề nghị các cơ quan, đơn vị triển khai thực hiện.").items()).hasSize(1);
    }

    @Test
    void articlesOfADecisionNumberTheirTaskPointsAndTheImplementingArticle() {
        ItemSplitter.Split s = split("""
                Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
                QUYẾT NGHỊ:
                Điều 1.
                1. Đồng ý chủ trương chuyển giao Làng Văn hóa về Ủy ban nhân dân thành phố.
                2. Giao Bộ Văn hoá, Thể thao và Du lịch:
                a) Chủ trì xây dựng Quyết định;
                b) Tổ chức bàn giao.
                Điều 2. Tổ chức thực hiện
                1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.
                2. Giao Bộ Y tế, Bộ Tài chính hướng dẫn các cơ sở
                thực hiện đúng quy định.
                Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân thành phố và các cơ quan, tổ chức
                có liên quan chịu trách nhiệm thi hành Nghị quyết này./.

                TM. CHÍNH PHỦ
                """);
        assertThat(s.preamble()).containsExactly("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:");
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("Điều 1.2", "Điều 2.2", "Điều 3");
        assertThat(s.items().get(0).text())
                .isEqualTo("Giao Bộ Văn hoá, Thể thao và Du lịch:\na) Chủ trì xây dựng Quyết định;\nb) Tổ chức bàn giao.");
        assertThat(s.items().get(1).text())
                .isEqualTo("Giao Bộ Y tế, Bộ Tài chính hướng dẫn các cơ sở thực hiện đúng quy định.");
        assertThat(s.items().get(2).text()).isEqualTo("Các Bộ trưởng, Chủ tịch Ủy ban nhân dân thành phố và các cơ quan,"
                + " tổ chức có liên quan chịu trách nhiệm thi hành Nghị quyết này./.");
    }

    @Test
    void aDecisionThatOnlyApprovesAPlanHasItsImplementingArticleThenThePlansSections() {
        ItemSplitter.Split s = split("""
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo vệ bí mật nhà nước năm 2023.

                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.

                KẾ HOẠCH
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức.
                II. NỘI DUNG CÔNG TÁC
                1. Các sở tiếp tục tuyên truyền.
                2. Tổ chức rà soát danh mục.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("Điều 3", "II.1", "II.2");
        assertThat(s.items().get(0).text())
                .isEqualTo("Chánh Văn phòng UBND tỉnh; Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.");
    }

    @Test
    void theCongBaosPageStampsAndHeadersAreNotPartOfAnItem() {
        ItemSplitter.Split s = split("""
                Điều 1. Tổ chức thực hiện
                1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.
                Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Cơ quan: VĂN PHÒNG CHÍNH PHỦ
                Ngày ký: 2026-05-08 16:42:06 +07:00

                CÔNG BÁO/Số 271/Ngày 12-05-2026
                85

                2. Giao Bộ Y tế hướng dẫn
                Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Cơ quan: VĂN PHÒNG CHÍNH PHỦ
                Ngày ký: 2026-05-08 16:42:06 +07:00
                CÔNG BÁO/Số 271/Ngày 12-05-2026 86
                các cơ sở thực hiện.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("Điều 1.2");
        assertThat(s.items().get(0).text()).isEqualTo("Giao Bộ Y tế hướng dẫn các cơ sở thực hiện.");
    }

    @Test
    void articlesAreReadInOCRTextAndOnlyInTheirOrder() {
        assertThat(ItemSplitter.article(Fold.key("Dieu 3. Chanh Van phong"))).isEqualTo(3);
        assertThat(ItemSplitter.article(Fold.key("Điều 1.  "))).isEqualTo(1);
        assertThat(ItemSplitter.article(Fold.key("Điều 7 Nghị định số 26/2020/NĐ-CP"))).isEqualTo(-1);
        // a công văn whose wrapped line starts "Điều 5." out of order keeps its numbered items
        ItemSplitter.Split s = split("""
                1. Thực hiện theo quy định tại
                Điều 5. của Luật.
                2. Báo cáo kết quả.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("1", "2");
        assertThat(ItemSplitter.isArticleTask("Quyết định này có hiệu lực từ ngày ký.")).isFalse();
        assertThat(ItemSplitter.isArticleTask("Phê duyệt Kế hoạch bảo đảm thoát nước.")).isFalse();
        assertThat(ItemSplitter.isArticleTask("Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu.")).isTrue();
    }

    @Test
    void fundingAndClosingPointsAreNotTasksAndTheOthersKeepTheirNumbers() {
        ItemSplitter.Split s = split("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Các sở, ban, ngành xây dựng kế hoạch.
                2. Kinh phí thực hiện Kế hoạch này: do ngân sách nhà nước đảm bảo.
                3. Giao Công an tỉnh hướng dẫn, đôn đốc.
                4. Quá trình thực hiện nếu có khó khăn, vướng mắc các cơ quan báo cáo về UBND tỉnh./.
                """);
        assertThat(s.items()).extracting(ItemSplitter.RawItem::no).containsExactly("1", "3");
    }
}
