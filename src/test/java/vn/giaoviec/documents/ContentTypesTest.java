package vn.giaoviec.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.giaoviec.support.Api;
import vn.giaoviec.support.Evidence;

/** Each kind of evidence a school sends is known by its bytes; its name only tells a .doc from an .xls. */
class ContentTypesTest {

    @TempDir
    Path dir;

    @Test
    void readsEachAcceptedKindFromItsContent() throws IOException {
        assertThat(detect(Evidence.pdf("x.bin", "x"))).isEqualTo("application/pdf");
        assertThat(detect(Evidence.png("anh"))).isEqualTo("image/png");
        assertThat(detect(Evidence.jpg("anh.png"))).as("a JPEG named .png is a JPEG").isEqualTo("image/jpeg");
        assertThat(detect(Evidence.xlsx("bang.xlsx")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect(new Api.File("bao-cao.docx", "", docx())))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect(new Api.File("so-lieu.xls", "", xls()))).isEqualTo("application/vnd.ms-excel");
        assertThat(detect(new Api.File("so-lieu.doc", "", xls()))).as("an OLE2 file: the name says which")
                .isEqualTo("application/msword");
        assertThat(detect(new Api.File("bao-cao.odt", "", odf("application/vnd.oasis.opendocument.text"))))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detect(new Api.File("bang.ods", "", odf("application/vnd.oasis.opendocument.spreadsheet"))))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    }

    @Test
    void refusesWhatIsNotADocumentWhateverItsName() throws IOException {
        assertThat(ContentTypes.accepted(detect(Evidence.programNamedPdf("bao-cao.pdf")))).isFalse();
        assertThat(ContentTypes.accepted(detect(Evidence.zipNamedDocx("bao-cao.docx")))).isFalse();
        assertThat(ContentTypes.accepted(detect(new Api.File("bao-cao.pdf", "", "<html><body>x</body></html>".getBytes()))))
                .isFalse();
        assertThat(ContentTypes.accepted(detect(new Api.File("bang.pdf", "", xls())))).as("an OLE2 file named .pdf")
                .isFalse();
    }

    @Test
    void theContentWinsOverTheName() throws IOException {
        assertThat(detect(new Api.File("bao-cao.pdf", "", docx()))).as("a Word file named .pdf is a Word file")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    private String detect(Api.File file) throws IOException {
        Path path = dir.resolve("upload");
        Files.write(path, file.content());
        return ContentTypes.detect(path, file.name());
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Báo cáo kết quả");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Trường");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument package as the specification lays it out: "mimetype" first and stored, then the manifest. */
    private static byte[] odf(String mimetype) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes();
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes());
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        }
    }
}
