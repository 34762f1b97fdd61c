package vn.giaoviec.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.directive.assignment.Report;

/**
 * The consolidated báo cáo as a Word draft in the administrative layout of Decree 30/2020/NĐ-CP
 * (Appendix I): the issuing body under its parent and the national motto side by side, number and
 * symbol with the number left blank for the clerk's register, place and date, "BÁO CÁO" and its
 * subject, the body, then "Nơi nhận" beside the signer's block. Times New Roman 13–14 pt on A4 with
 * the decree's margins. The issuing unit edits it, signs it and sends it up.
 */
final class ConsolidatedDocument {

    static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> TYPES = Map.of("CV", "Công văn", "KH", "Kế hoạch", "CT", "Chỉ thị",
            "HD", "Hướng dẫn", "TB", "Thông báo", "QĐ", "Quyết định", "BC", "Báo cáo");
    // millimetres in twentieths of a point: A4, margins top/bottom 20, left 30, right 15 (Decree 30)
    private static final double TWIPS_PER_MM = 56.7;

    /** Who writes: the directive's issuer under its parent body, where the report goes, who signs. */
    record Letterhead(String parentBody, String body, String symbol, String place, String signerTitle,
                      String signerName, List<String> recipients, String monitoringSymbol) {
    }

    private final XWPFDocument document = new XWPFDocument();

    private ConsolidatedDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    static byte[] write(Directive d, Letterhead head, Progress progress, List<ConsolidatedWorkbook.Line> lines,
                        LocalDate today) {
        ConsolidatedDocument doc = new ConsolidatedDocument();
        try (XWPFDocument document = doc.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.letterhead(head, today);
            doc.title(d);
            doc.body(d, head, progress, lines, today);
            doc.signature(head);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void letterhead(Letterhead head, LocalDate today) {
        XWPFTable table = borderless(2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        if (head.parentBody() != null) {
            run(centered(left), head.parentBody().toUpperCase(Locale.ROOT), 13, false, false);
        }
        run(centered(left), head.body().toUpperCase(Locale.ROOT), 13, true, false);
        run(centered(left), "_______", 13, false, false);
        run(centered(left), "Số:        /BC-" + head.symbol(), 13, false, false);
        run(centered(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        run(centered(right), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        run(centered(right), "_____________________", 13, false, false);
        run(centered(right), (head.place() == null ? "……" : head.place()) + ", ngày      tháng      năm "
                + today.getYear(), 14, false, true);
    }

    private void title(Directive d) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        title.setSpacingBefore(240);
        run(title, "BÁO CÁO", 14, true, false);
        run(paragraph(ParagraphAlignment.CENTER), "Kết quả thực hiện " + typeOf(d) + " số " + d.number() + " ngày "
                + DAY.format(d.issuedOn()), 14, true, false);
        run(paragraph(ParagraphAlignment.CENTER), d.subject(), 14, true, false);
        run(paragraph(ParagraphAlignment.CENTER), "_______", 14, false, false);
    }

    private void body(Directive d, Letterhead head, Progress progress, List<ConsolidatedWorkbook.Line> lines,
                      LocalDate today) {
        text("Ngày " + DAY.format(d.issuedOn()) + ", " + head.body() + " ban hành " + typeOf(d).toLowerCase(Locale.ROOT)
                + " số " + d.number() + " " + d.subject() + ", giao " + progress.total()
                + " đơn vị thực hiện. Đến ngày " + DAY.format(today) + ", " + head.body()
                + " tổng hợp kết quả thực hiện như sau:");

        heading("I. KẾT QUẢ CHUNG");
        Map<AssignmentStatus, Integer> all = new EnumMap<>(AssignmentStatus.class);
        lines.forEach(l -> all.merge(l.node().status(), 1, Integer::sum));
        for (AssignmentStatus status : AssignmentStatus.values()) {
            int count = all.getOrDefault(status, 0);
            if (count > 0) {
                text("- " + status.label() + ": " + count + " đơn vị (" + percent(count, lines.size()) + ").");
            }
        }
        text("Tổng số: " + lines.size() + " đơn vị, kể cả các đơn vị nhận văn bản triển khai của cấp dưới.");

        heading("II. KẾT QUẢ CỦA CÁC ĐƠN VỊ");
        int n = 0;
        for (ConsolidatedWorkbook.Line line : lines) {
            Report report = line.report();
            String about = ++n + ". " + line.node().unitName() + " (" + line.node().status().label().toLowerCase(Locale.ROOT) + ")";
            if (report == null) {
                text(about + ": chưa báo cáo.");
                continue;
            }
            List<String> results = new ArrayList<>();
            report.items().forEach(i -> results.add("Nhiệm vụ " + i.no() + " " + i.statusLabel().toLowerCase(Locale.ROOT)
                    + (i.result() == null || i.result().isBlank() ? "" : ": " + i.result().trim())));
            text(about + ": " + String.join("; ", results) + ".");
        }

        heading("III. KHÓ KHĂN, VƯỚNG MẮC");
        grouped(lines, false);
        heading("IV. KIẾN NGHỊ, ĐỀ XUẤT");
        grouped(lines, true);

        heading("V. CÁC ĐƠN VỊ CHẬM THỰC HIỆN");
        if (progress.overdue().isEmpty()) {
            text("Không có đơn vị chậm thực hiện.");
        }
        progress.overdue().forEach(o -> text("- " + o.unitName() + ": hạn " + DAY.format(o.deadline()) + ", chậm "
                + o.daysLate() + " ngày."));
        text("Trên đây là báo cáo kết quả thực hiện " + typeOf(d).toLowerCase(Locale.ROOT) + " số " + d.number()
                + " của " + head.body() + "./.");
    }

    /** Difficulties or proposals, unit by unit, where a unit wrote any. */
    private void grouped(List<ConsolidatedWorkbook.Line> lines, boolean proposals) {
        boolean any = false;
        for (ConsolidatedWorkbook.Line line : lines) {
            Report report = line.report();
            String said = report == null ? null : proposals ? report.proposals() : report.difficulties();
            if (said != null && !said.isBlank()) {
                text("- " + line.node().unitName() + ": " + said.trim());
                any = true;
            }
        }
        if (!any) {
            text("Không có.");
        }
    }

    private void signature(Letterhead head) {
        XWPFTable table = borderless(2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
        head.recipients().forEach(r -> run(left.addParagraph(), "- " + r + ";", 11, false, false));
        run(left.addParagraph(), "- Lưu: VT" + (head.monitoringSymbol() == null ? "" : ", " + head.monitoringSymbol()) + ".",
                11, false, false);
        run(centered(right), head.signerTitle().toUpperCase(Locale.ROOT), 14, true, false);
        for (int i = 0; i < 4; i++) {
            run(centered(right), "", 14, false, false);
        }
        run(centered(right), head.signerName() == null ? "" : head.signerName(), 14, true, false);
    }

    private XWPFTable borderless(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    /** The cell's next paragraph, centred (its first one the first time). */
    private static XWPFParagraph centered(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFParagraph p = first.getRuns().isEmpty() ? first : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setSpacingBefore(120);
        p.setIndentationFirstLine(twips(10).intValue());
        run(p, text, 14, true, false);
    }

    private void text(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(10).intValue());
        String[] lines = text.split("\n");
        XWPFRun run = run(p, lines[0], 14, false, false);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setUnderline(UnderlinePatterns.NONE);
        run.setText(text);
        return run;
    }

    private static String typeOf(Directive d) {
        return TYPES.getOrDefault(d.type(), "Văn bản");
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole).replace('.', ',');
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }
}
