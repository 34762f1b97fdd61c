package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import vn.giaoviec.directive.DirectiveBody.Signer;

class SignerReaderTest {

    private final Warnings warnings = new Warnings();

    private SignerReader.Tail read(String text) {
        Doc doc = new Doc(text);
        return SignerReader.read(doc, 0, doc.size(), warnings);
    }

    @Test
    void readsNoiNhanThenTheSignatureBlock() {
        SignerReader.Tail tail = read("""
                Đề nghị các đơn vị thực hiện./.
                Nơi nhận:
                - Như trên;
                - Lưu: VT, VHXX.

                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                (Đã ký)
                Nguyễn Thị Vân Anh
                """);
        assertThat(tail.start()).isEqualTo(1);
        assertThat(tail.ccNames()).containsExactly("Như trên", "Lưu: VT, VHXX");
        assertThat(tail.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Vân Anh"));
        assertThat(warnings.texts()).isEmpty();
    }

    @Test
    void readsColumnsSideBySideAndDerivesTheDeputysTitle() {
        SignerReader.Tail tail = read("""
                Nơi nhận:                                  KT. GIÁM ĐỐC
                - Như trên;
                - Ban Giám đốc (để b/c);
                - Lưu: VT, VP.
                                                           Trần Văn Bình
                """);
        assertThat(tail.ccNames()).containsExactly("Như trên", "Ban Giám đốc (để b/c)", "Lưu: VT, VP");
        assertThat(tail.signer()).isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình"));
    }

    @Test
    void restoresOcrTitlesAndRefusesAGarbledName() {
        SignerReader.Tail tail = read("""
                Noi nhin: KT. GIAM DOC
                - Nhu trén; D= A A
                - Luu: VT.

                Uoéng Minh Long
                """);
        assertThat(tail.ccNames()).containsExactly("Nhu trén", "Luu: VT");
        assertThat(tail.signer()).isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null));
        assertThat(warnings.texts()).containsExactly("Tên người ký không đọc được (bản in: \"Uoéng Minh Long\")");
    }

    @Test
    void aDirectSignerHasNoAuthority() {
        SignerReader.Tail tail = read("""
                Nơi nhận:                          GIÁM ĐỐC
                - Như trên;
                - Lưu: VT.
                                                   Lê Văn Cường
                """);
        assertThat(tail.signer()).isEqualTo(new Signer(null, "GIÁM ĐỐC", "Lê Văn Cường"));
    }

    @Test
    void noSignatureNoSigner() {
        SignerReader.Tail tail = read("Các đơn vị thực hiện./.");
        assertThat(tail.signer()).isNull();
        assertThat(warnings.texts()).containsExactly("Không tìm thấy phần ký (người ký) và nơi nhận");
    }
}
