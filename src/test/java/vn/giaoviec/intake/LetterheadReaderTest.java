package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LetterheadReaderTest {

    private final LetterheadReader reader = new LetterheadReader(
            new DocumentIds(new Symbols(TestOrganisation.units())), new Places(TestOrganisation.units()));
    private final Warnings warnings = new Warnings();

    private LetterheadReader.Letterhead read(String text) {
        Doc doc = new Doc(text);
        return reader.read(doc, doc.size(), warnings);
    }

    @Test
    void readsColumnsSetApartBySpaces() {
        LetterheadReader.Letterhead head = read("""
                UBND THÀNH PHỐ HẢI PHÒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ GIÁO DỤC VÀ ĐÀO TẠO                  Độc lập - Tự do - Hạnh phúc
                Số: 512/SGDĐT-GDPT                 Hải Phòng, ngày 20 tháng 01 năm 2026
                V/v tổ chức cuộc thi khoa học
                kỹ thuật cấp thành phố
                """);
        assertThat(head.issuerName()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(head.number().text()).isEqualTo("512/SGDĐT-GDPT");
        assertThat(head.place()).isEqualTo("Hải Phòng");
        assertThat(head.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(head.subject()).isEqualTo("V/v tổ chức cuộc thi khoa học kỹ thuật cấp thành phố");
        assertThat(warnings.texts()).isEmpty();
    }

    @Test
    void joinsANameSplitOverLinesAndReadsATitle() {
        LetterheadReader.Letterhead head = read("""
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HẢI PHÒNG
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 08/CT-UBND
                Hải Phòng, ngày 02 tháng 3 năm 2026
                CHỈ THỊ
                Về việc đẩy mạnh chuyển đổi số
                trong các cơ sở giáo dục
                """);
        assertThat(head.issuerName()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG");
        assertThat(head.titleType()).isEqualTo("CT");
        assertThat(head.subject()).isEqualTo("Về việc đẩy mạnh chuyển đổi số trong các cơ sở giáo dục");
    }

    @Test
    void readsTheOcrSeedsRunTogetherLines() {
        LetterheadReader.Letterhead head = read("""
                UBND THANH PHO HAI PHONG CONG HOA XA HQI CHU NGHIA VIET NAM
                SO GIAO DUC VA PAO TAO Déc lap - Tu do - Hanh phic

                S6:8628 /SGDDT-VP Hai Phong, ngay 13 thang 11 nam 2025
                """);
        assertThat(head.issuerName()).isEqualTo("SO GIAO DUC VA PAO TAO");
        assertThat(head.number().text()).isEqualTo("8628/SGDĐT-VP");
        assertThat(head.place()).isEqualTo("Hải Phòng");
        assertThat(head.issuedOn()).isEqualTo(LocalDate.of(2025, 11, 13));
    }

    @Test
    void aBlankDateIsNullWithAWarning() {
        LetterheadReader.Letterhead head = read("""
                Số:      /UBND-VHXX
                Hồng Bàng, ngày     tháng     năm 2026
                V/v triển khai
                """);
        assertThat(head.issuedOn()).isNull();
        assertThat(head.number().text()).isEqualTo("/UBND-VHXX");
        assertThat(warnings.texts()).containsExactly("Ngày ban hành để trống (chưa ghi ngày, tháng)",
                "Văn bản chưa có số (/UBND-VHXX): số sẽ được cấp khi ban hành");
    }

    @Test
    void readsAMetadataBlockInPlaceOfALetterhead() {
        LetterheadReader.Letterhead head = read("""
                Số hiệu: 301/SGDĐT-VP
                Ngày ban hành: 18/11/2025
                Cơ quan ban hành: Sở Giáo dục và Đào tạo
                Trích yếu: V/v báo cáo số liệu
                """);
        assertThat(head.number().text()).isEqualTo("301/SGDĐT-VP");
        assertThat(head.issuedOn()).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(head.issuerName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(head.subject()).isEqualTo("V/v báo cáo số liệu");
    }

    @Test
    void readsAnOcrdMetadataBlock() {
        LetterheadReader.Letterhead head = read("""
                So hicu: 301/SGDDT-VP
                Ngay ban hanh: 18/11/2025
                """);
        assertThat(head.number().text()).isEqualTo("301/SGDĐT-VP");
        assertThat(head.issuedOn()).isEqualTo(LocalDate.of(2025, 11, 18));
    }

    @Test
    void fallsBackOnAnAppendixCaption() {
        LetterheadReader.Letterhead head = read("""
                PHỤ LỤC
                DANH MỤC NHIỆM VỤ
                (Kèm theo Công văn số 640/SGDĐT-GDPT ngày 02/12/2025 của Sở Giáo dục và Đào tạo)
                """);
        assertThat(head.number().text()).isEqualTo("640/SGDĐT-GDPT");
        assertThat(head.issuedOn()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(head.issuerName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(head.subject()).isNull();
        assertThat(warnings.texts()).containsExactly("Không đọc được địa danh ban hành",
                "Không đọc được trích yếu (V/v) hoặc tên văn bản");
    }

    @Test
    void readsATitleInCapitalsBelowTheTypeLineAndABlank() {
        LetterheadReader.Letterhead head = read("""
                Số: 254/QĐ-UBND                 Sơn La, ngày 17 tháng 02 năm 2023

                QUYẾT ĐỊNH

                BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC
                BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
                """);
        assertThat(head.titleType()).isEqualTo("QĐ");
        assertThat(head.subject()).isEqualTo("BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023");
    }

    @Test
    void whoEnactsIsNoSubject() {
        LetterheadReader.Letterhead head = read("""
                Số: 12/QĐ-UBND                 Sơn La, ngày 17 tháng 02 năm 2023
                QUYẾT ĐỊNH

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
                """);
        assertThat(head.subject()).isNull();
    }

    @Test
    void readsAboutUnderTheNumberOfACongVan() {
        LetterheadReader.Letterhead head = read("""
                SỞ Y TẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 415/SYT-NVY                  Độc lập - Tự do - Hạnh phúc
                Về việc tăng cường phòng, chống   Đà Nẵng, ngày 03 tháng 3 năm 2025
                dịch sốt xuất huyết
                """);
        assertThat(head.subject()).isEqualTo("Về việc tăng cường phòng, chống dịch sốt xuất huyết");
        assertThat(read("""
                Số: 88/UBND-VP
                Về triển khai Tháng hành động vì trẻ em
                Hà Nội, ngày 10 tháng 5 năm 2024
                """).subject()).isEqualTo("Về triển khai Tháng hành động vì trẻ em");
    }

    @Test
    void readsAVvRunOnAfterTheNumber() {
        LetterheadReader.Letterhead head = read("""
                VĂN PHÒNG CHÍNH PHỦ -------
                Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp
                Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.
                """);
        assertThat(head.issuerName()).isEqualTo("VĂN PHÒNG CHÍNH PHỦ");
        assertThat(head.number().text()).isEqualTo("2739/VPCP-ĐMDN");
        assertThat(head.subject()).isEqualTo("V/v quy định về quản trị doanh nghiệp");
    }

    @Test
    void readsALetterheadCrawledAsAMarkdownTable() {
        LetterheadReader.Letterhead head = read("""
                | ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
                |---|---|
                | Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |
                """);
        assertThat(head.issuerName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH SƠN LA");
        assertThat(head.number().text()).isEqualTo("254/QĐ-UBND");
        assertThat(head.place()).isEqualTo("Sơn La");
    }
}
