package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddresseeReaderTest {

    @Test
    void readsOneAddresseeALineAcrossBlankLines() {
        Doc doc = new Doc("""
                Kính gửi:

                - Phòng Văn hóa - Xã hội phường;
                - Các cơ sở giáo dục trên
                địa bàn phường.

                Căn cứ Nghị quyết số 57-NQ/TW;
                """);
        AddresseeReader.Addressees a = AddresseeReader.read(doc, doc.size());
        assertThat(a.names()).containsExactly("Phòng Văn hóa - Xã hội phường", "Các cơ sở giáo dục trên địa bàn phường");
        assertThat(a.end()).isEqualTo(5);
    }

    @Test
    void readsAnInlineAddresseeAndOcrLabel() {
        Doc doc = new Doc("Kinh guri: Các Sở Giáo dục và Đào tạo.\nThực hiện ...");
        assertThat(AddresseeReader.read(doc, doc.size()).names()).containsExactly("Các Sở Giáo dục và Đào tạo");
    }

    @Test
    void noBlockNoAddressees() {
        Doc doc = new Doc("KẾ HOẠCH\nTriển khai");
        assertThat(AddresseeReader.read(doc, doc.size()).end()).isEqualTo(-1);
    }
}
