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
}
