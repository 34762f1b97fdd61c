package vn.giaoviec.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a school attaches to its report, made by the libraries that write such files (PDFBox, POI,
 * ImageIO), and what it must not get through: a program renamed .pdf, a plain zip renamed .docx.
 */
public final class Evidence {

    private Evidence() {
    }

    public static Api.File pdf(String name, String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return new Api.File(name, "application/pdf", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of exactly this many bytes: a real one, padded after its end as some scanners write them. */
    public static Api.File pdfOfSize(String name, int bytes) {
        byte[] pdf = pdf(name, "Bien ban").content();
        byte[] padded = Arrays.copyOf(pdf, bytes);
        Arrays.fill(padded, pdf.length, bytes, (byte) ' ');
        return new Api.File(name, "application/pdf", padded);
    }

    public static Api.File xlsx(String name) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Danh sách").createRow(0);
            row.createCell(0).setCellValue("Họ và tên");
            row.createCell(1).setCellValue("Lớp");
            workbook.write(out);
            return new Api.File(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Api.File png(String name) {
        return image(name, "png", "image/png");
    }

    public static Api.File jpg(String name) {
        return image(name, "jpg", "image/jpeg");
    }

    /** The first bytes of a Windows program (MZ header, PE signature): what an .exe renamed .pdf still is. */
    public static Api.File programNamedPdf(String name) {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return new Api.File(name, "application/pdf", exe);
    }

    /** A zip that is no Office document, named as one. */
    public static Api.File zipNamedDocx(String name) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes());
            zip.closeEntry();
            zip.finish();
            return new Api.File(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.File image(String name, String format, String type) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLUE);
        g.drawString("Lễ ra quân", 10, 40);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return new Api.File(name, type, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
