package vn.giaoviec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giaoviec.directive.DirectiveBody.Item;
import vn.giaoviec.directive.DirectiveBody.Signer;
import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.WorkCalendar;

class DirectiveTextParserTest {

    private final DirectiveTextParser parser = new DirectiveTextParser(TestOrganisation.units(), WorkCalendar.fromClasspath());

    @Test
    void readsTheOcrSeedWithoutDiacritics() {
        DirectiveBody d = parser.parse(Seeds.read(Seeds.OCR));

        assertThat(d.number()).isEqualTo("8628/SGDĐT-VP");
        assertThat(d.type()).isEqualTo("CV");
        assertThat(d.issuer()).isEqualTo("so-gddt");
        assertThat(d.issuerName()).isEqualTo("SO GIAO DUC VA PAO TAO");
        assertThat(d.monitoringUnit()).isEqualTo("so-gddt-vp");
        assertThat(d.place()).isEqualTo("Hải Phòng");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(d.subject()).isEqualTo("V/v thyc hién Thong bao két luan cudc hop Ban chi dao thanh phé so két tinh "
                + "hinh thyc hién Nghi quyét sb 57-NQ/TW trong Quy I11/2025 va nhiém vy, giai phép trong tAm dén hét nam 2025");
        assertThat(d.legalBases()).containsExactly("11494/VP-VX", "57-NQ/TW", "379-CV/VPĐU");
        List<String> addressees = List.of("Trudng cac phong chuyén mén, nghiép vu co quan S¢",
                "Thu truéng co s¢ gido duc trén dia ban thanh pho Hai Phong");
        assertThat(d.addressees()).isEqualTo(addressees);

        assertThat(d.items()).hasSize(6);
        for (Item item : d.items().subList(0, 5)) {
            assertThat(item.recipients()).containsExactly("phong@so-gddt", "truong@ubnd-tp");
            assertThat(item.recipientNames()).isEqualTo(addressees);
            assertThat(item.coordinators()).isEmpty();
            assertThat(item.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(item.deadlineText()).isEqualTo("dén hét nam 2025");
        }
        assertThat(d.items()).extracting(Item::no).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(d.items()).extracting(Item::recurrence).containsExactly(null, "ONGOING", null, null, null, null);
        assertThat(d.items()).extracting(Item::text).containsExactly(
                """
                Tiép tuc khan truong hoan thanh cac nhiém vu dugc giao tai Ké hoach s6 02-KH/BCPDTW ctia Ban \
                Chi dao Trung wong va Ké hoach s6 01 -KH/BCDH ctia Ban Chi dao thanh phd; dam bao dich vu cong \
                phai lam hai long nguoi dan va doanh nghi¢p; dir li¢u phai “ding, du, sach, séng, théng nhét va \
                dung chung”, khac phuc dirt diém tinh trang yéu cau ndp céc gidy to, dit liéu ma co quan nha \
                nude d3 co hodc co thé chia sé cho nhau; déy manh nhiém vu chinh 1y, s6 hoa tai ligu.""",
                """
                Thuong xuyén kiém tra, don ddc, ra soat cac nhiém vu trong cac Nghi quyét, Ké hoach, Chuong \
                trinh cong tac ctia Trung wong, thanh phd dé hoan thanh ding tién d0, ddm bao chat luong, khong \
                bo so6t nhieém vu.""",
                """
                Bam sét chi dao, huéng dan ciia cac bd, nganh Trung wong dé tiép nhan, trién khai kip thoi cac \
                hé thong, phan mém do Trung wong chuyén giao; tong hop cac kho khan, vudng mic, diém nghén tir \
                thyc té dé bao cio Uy ban nhan dan thanh phd, Trung wong xem xét, huéng dan kip thoi.""",
                """
                Xay dung ké hoach, kich ban giai ngan kinh phi thuc hién cac dy an, dé an, dé tai lién quan dén \
                cac linh vuc khoa hoc, cong nghé trong gido duc, doi méi sang tao va chuyén doi so.""",
                """
                Thuc hién céc giai phdp dam bao an toan, an ninh mang, bdo v¢ an toan dir liéu nganh GDPT trong \
                qué trinh chuyén dbi sé.""",
                """
                Giao Vian phong So phdi hop véi S& Khoa hoc va Cong nghé va cac don vi lién quan trién khai cac \
                nhiém vu, giai phap trong tam, dot pha thuc hién Nghi quyét s6 57-NQ/TW trén co sé tiép thu y \
                kién tham van ctua Hoi dong Tu van thanh phd két hop véi viéc thuc hién cac nodi dung thoa \
                thuan hop tac giita thanh phd Hai Phong véi cac tap doan, doanh nghiép trong nudc, qudc té vé \
                phat trién KHCN, d6i méi sang tao va chuyén ddi s trong linh vuc GDDT. Hoan thanh trong Quy \
                1/2026.""");
        Item six = d.items().get(5);
        assertThat(six.recipients()).containsExactly("so-gddt-vp");
        assertThat(six.recipientNames()).containsExactly("Vian phong So");
        assertThat(six.coordinators()).containsExactly("so-khcn");
        assertThat(six.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(six.deadlineText()).isEqualTo("Hoan thanh trong Quy 1/2026");

        assertThat(d.reporting()).isNull();
        assertThat(d.signer()).isEqualTo(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null));
        assertThat(d.ccNames()).containsExactly("Nhu trén", "Ban Giam déc (dé b/c)", "Luu: VT");
        assertThat(d.cc()).containsExactly("so-gddt-bgd");
        assertThat(d.parentAssignment()).isNull();
        assertThat(d.warnings()).containsExactly("Tên người ký không đọc được (bản in: \"Uoéng Minh Long\")");
    }

    @Test
    void readsTheCleanSeedOfAWardImplementingThePlan() {
        DirectiveBody d = parser.parse(Seeds.read(Seeds.CLEAN));

        assertThat(d.number()).isEqualTo("/UBND-VHXX");
        assertThat(d.type()).isEqualTo("CV");
        assertThat(d.issuer()).isEqualTo("phuong-hong-bang");
        assertThat(d.issuerName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG");
        assertThat(d.monitoringUnit()).isEqualTo("phuong-hong-bang-vhxh");
        assertThat(d.place()).isEqualTo("Hồng Bàng");
        assertThat(d.issuedOn()).isNull();
        assertThat(d.subject()).isEqualTo("V/v triển khai Kế hoạch thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của "
                + "Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
                + "năm 2026 ngành GDĐT thành phố Hải Phòng");
        assertThat(d.legalBases()).containsExactly("57-NQ/TW", "71/NQ-CP", "358/KH-UBND", "5264/QĐ-UBND", "13787/VP-VX",
                "5835/BGDĐT-KHCNTT", "7802/BGDĐT-GDPT", "570/KH-SGDĐT");
        assertThat(d.addressees()).containsExactly("Phòng Văn hóa - Xã hội phường", "Các cơ sở giáo dục trên địa bàn phường");

        assertThat(d.items()).extracting(Item::text).containsExactly(
                """
                Giao phòng Văn hóa - Xã hội
                - Triển khai toàn bộ nội dung Kế hoạch số 570/KH-SGDĐT ngày 31/01/2026 của Sở Giáo dục & Đào \
                tạo tới các cơ sở giáo dục (Mầm non, Tiểu học, THCS) thuộc thẩm quyền quản lý; theo dõi, đôn \
                đốc các cơ sở giáo dục thực hiện đầy đủ, đúng tiến độ các nhiệm vụ của Kế hoạch; phối hợp rà \
                soát, cập nhật, chuẩn hóa dữ liệu giáo dục và chịu trách nhiệm về tính đầy đủ, chính xác của dữ \
                liệu trên địa bàn theo thẩm quyền.
                - Đẩy mạnh tuyên truyền, phổ biến chủ trương, chính sách của Trung ương và của thành phố về \
                phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong lĩnh vực giáo dục;
                - Phối hợp với Sở Giáo dục và Đào tạo triển khai các nhiệm vụ, giải pháp thực hiện Nghị quyết \
                số 57-NQ/TW và các văn bản chỉ đạo của thành phố trong lĩnh vực giáo dục trên địa bàn; bảo đảm \
                thống nhất với chỉ đạo, hướng dẫn của Sở.
                - Thường xuyên nắm bắt tình hình, tổng hợp phản ánh, kiến nghị của các cơ sở giáo dục; báo cáo, \
                đề xuất với Sở Giáo dục và Đào tạo các giải pháp tháo gỡ khó khăn, vướng mắc; phối hợp xử lý \
                các vấn đề phát sinh liên quan đến tuyển sinh, dữ liệu, hạ tầng kỹ thuật và an toàn thông tin \
                theo phân cấp, bảo đảm triển khai hiệu quả, tránh hình thức.""",
                """
                Các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn
                - Căn cứ mục tiêu, nội dung triển khai của Kế hoạch 570/KH-SGDĐT ngày 31/01/2026 của Sở Giáo \
                dục & Đào tạo, các cơ sở giáo dục chủ động nghiên cứu, xây dựng kế hoạch triển khai phù hợp với \
                điều kiện thực tiễn của đơn vị; bố trí nhân sự đầu mối, phân công nhiệm vụ cụ thể để tổ chức \
                thực hiện.
                - Thường xuyên đẩy mạnh tuyên truyền, nâng cao nhận thức cho cán bộ, giáo viên, nhân viên, học \
                sinh và phụ huynh các chủ trương, chính sách của Trung ương và của thành phố về phát triển khoa \
                học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong lĩnh vực giáo dục.
                - Tổ chức thực hiện đầy đủ các nhiệm vụ chuyển đổi số trong quản lý và dạy học; trực tiếp tạo \
                lập, cập nhật, quản lý dữ liệu về học sinh, đội ngũ, học bạ số, văn bằng - chứng chỉ số; thực \
                hiện ký số theo quy định trong quản lý hồ sơ, sổ sách, bảng điểm và các hoạt động chuyên môn; \
                chịu trách nhiệm trước cơ quan quản lý trực tiếp về tính chính xác, đầy đủ, kịp thời của dữ \
                liệu và hồ sơ điện tử tại đơn vị.
                - Thực hiện chế độ thông tin, báo cáo định kỳ, đột xuất về UBND phường (qua Tổ giáo dục - Phòng \
                VHXX) bảo đảm đúng tiến độ và chất lượng.""");
        Item one = d.items().get(0);
        assertThat(one.no()).isEqualTo("1");
        assertThat(one.recipients()).containsExactly("phuong-hong-bang-vhxh");
        assertThat(one.recipientNames()).containsExactly("phòng Văn hóa - Xã hội");
        Item two = d.items().get(1);
        assertThat(two.no()).isEqualTo("2");
        assertThat(two.recipients()).containsExactly("mam-non+tieu-hoc+thcs@phuong-hong-bang");
        assertThat(two.recipientNames()).containsExactly("Các cơ sở giáo dục (Mầm non, Tiểu học, THCS) trên địa bàn");
        for (Item item : d.items()) {
            assertThat(item.coordinators()).isEmpty();
            assertThat(item.deadline()).isNull();
            assertThat(item.deadlineText()).isNull();
            assertThat(item.recurrence()).isNull();
        }

        assertThat(d.reporting()).isNull();
        assertThat(d.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Vân Anh"));
        assertThat(d.ccNames()).containsExactly("TT Đảng ủy-HĐND phường", "Chủ tịch, Các Phó Chủ tịch UBND phường",
                "Phòng VHXX phường", "Các cơ sở giáo dục (Mầm non, Tiểu học, THCS)", "Lưu: VT, VHXX");
        assertThat(d.cc()).containsExactly("phuong-hong-bang-vhxh", "mam-non+tieu-hoc+thcs@phuong-hong-bang");
        assertThat(d.parentAssignment()).isNull();
        assertThat(d.warnings()).containsExactly("Ngày ban hành để trống (chưa ghi ngày, tháng)",
                "Văn bản chưa có số (/UBND-VHXX): số sẽ được cấp khi ban hành");
    }

    @Test
    void theSeedCopiesMatchTheSharedLetters() throws Exception {
        assumeTrue(Files.exists(Seeds.shared(Seeds.OCR)), "../shared/seeds is not beside the project");
        for (String name : List.of(Seeds.OCR, Seeds.CLEAN)) {
            assertThat(Seeds.resource("intake/seeds/" + name)).isEqualTo(Files.readString(Seeds.shared(name)));
        }
    }

    @Test
    void anEmptyTextIsAnEmptyDraftWithWarnings() {
        DirectiveBody d = parser.parse("");
        assertThat(d.number()).isNull();
        assertThat(d.items()).isEmpty();
        assertThat(d.warnings()).contains("Không đọc được số, ký hiệu văn bản", "Không đọc được ngày ban hành");
    }

    @Test
    void collectiveNamesInALetterFromOutsideAreNamedNotMapped() {
        DirectiveBody d = parser.parse("""
                ỦY BAN NHÂN DÂN TỈNH SƠN LA
                Số: 41/UBND-NC                     Sơn La, ngày 10 tháng 3 năm 2023
                V/v bảo vệ bí mật nhà nước

                1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tổ chức tuyên truyền.

                Nơi nhận:
                - Các sở, ban, ngành;
                - Lưu: VT.
                """);
        assertThat(d.issuer()).isNull();
        assertThat(d.cc()).isEmpty();
        assertThat(d.items()).singleElement().satisfies(item -> {
            assertThat(item.recipients()).isEmpty();
            assertThat(item.recipientNames()).containsExactly("Các sở, ban, ngành trực thuộc UBND tỉnh",
                    "UBND các huyện, thành phố");
        });
        assertThat(d.warnings()).contains("Cơ quan ban hành không có trong danh mục đơn vị: ỦY BAN NHÂN DÂN TỈNH SƠN LA",
                "Mục 1: không nhận ra đơn vị: Các sở, ban, ngành trực thuộc UBND tỉnh",
                "Mục 1: không nhận ra đơn vị: UBND các huyện, thành phố");
    }

    @Test
    void eachWarningNamesTheFieldItConcernsAndAnUnknownRecipientItsPhrase() {
        DirectiveTextParser.Reading reading = parser.read("""
                UBND PHƯỜNG HỒNG BÀNG
                Số: 12/UBND-VHXX                    Hồng Bàng, ngày 05 tháng 02 năm 2026

                1. Hội Khuyến học phường tổ chức phát động phong trào khuyến học trong tháng 3/2026.
                """);

        assertThat(reading.warnings()).extracting(Warnings.Warning::field)
                .contains(Warnings.Field.SUBJECT, Warnings.Field.SIGNER);
        assertThat(reading.warnings()).filteredOn(w -> w.phrase() != null).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo(Warnings.Field.ITEM);
            assertThat(w.item()).isEqualTo("1");
            assertThat(w.phrase()).isEqualTo("Hội Khuyến học phường");
            assertThat(w.text()).isEqualTo("Mục 1: không nhận ra đơn vị: Hội Khuyến học phường");
        });
        // the public list is the same texts, each once
        assertThat(reading.draft().warnings())
                .isEqualTo(reading.warnings().stream().map(Warnings.Warning::text).distinct().toList());
    }
}
