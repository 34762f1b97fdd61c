package vn.giaoviec.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.AssignmentStatus;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.kernel.Time;

/**
 * The consolidated report as leaders hand it upward: a summary sheet (counts and percentages by the
 * government's status classes) and one row per unit, the cascades below a unit following it. Written
 * with POI's streaming workbook, so a country-sized cascade does not sit in memory as cell objects.
 */
final class ConsolidatedWorkbook {

    static final String SUMMARY = "Tổng hợp";
    static final String DETAIL = "Chi tiết theo đơn vị";
    static final String AUDIT = "Nhật ký";
    static final List<String> AUDIT_HEADINGS = List.of("Thời điểm", "Người thực hiện", "Đơn vị", "Kênh", "Thao tác",
            "Nhiệm vụ", "Nội dung");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    static final List<String> HEADINGS = List.of("STT", "Đơn vị", "Cấp", "Theo văn bản", "Tình trạng",
            "Hạn hoàn thành", "Ngày nộp báo cáo", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Kiến nghị, đề xuất",
            "Văn bản triển khai");
    private static final int[] WIDTHS = {6, 42, 6, 18, 26, 15, 15, 60, 40, 40, 18};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CUT = "… (còn tiếp: xem đầy đủ trong hệ thống)";

    /** One unit's line: its place in the cascade, and its latest report if any. */
    record Line(int level, String directiveNumber, Progress.Node node, Report report) {
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle bold;
    private final CellStyle subjectStyle;
    private final List<CellStyle> indented = new ArrayList<>();

    private ConsolidatedWorkbook() {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        subjectStyle = workbook.createCellStyle();
        subjectStyle.setWrapText(true);
        subjectStyle.setVerticalAlignment(VerticalAlignment.TOP);
        text = bordered();
        wrapped = bordered();
        wrapped.setWrapText(true);
        header = bordered();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        percent = bordered();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        for (int level = 0; level < 6; level++) {
            CellStyle style = bordered();
            style.setWrapText(true);
            style.setIndention((short) (level * 2));
            indented.add(style);
        }
    }

    static byte[] write(Directive directive, String issuerName, Progress progress, List<Line> lines,
                        List<AuditView.Row> audit, LocalDate today) {
        ConsolidatedWorkbook book = new ConsolidatedWorkbook();
        try (SXSSFWorkbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.summary(directive, issuerName, progress, lines, today);
            book.detail(directive, issuerName, lines, today);
            book.audit(directive, issuerName, audit, today);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(Directive d, String issuerName, Progress progress, List<Line> lines, LocalDate today) {
        Sheet sheet = workbook.createSheet(SUMMARY);
        int[] widths = {34, 16, 12, 20, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = titleRows(sheet, d, issuerName, today, 5);
        Row head = sheet.createRow(r++);
        List<String> headings = List.of("Tình trạng", "Văn bản này: số nhiệm vụ", "Tỷ lệ",
                "Kể cả các văn bản triển khai: số nhiệm vụ", "Tỷ lệ");
        for (int i = 0; i < headings.size(); i++) {
            cell(head, i, headings.get(i), header);
        }
        head.setHeightInPoints(32);
        Map<AssignmentStatus, Integer> all = new EnumMap<>(AssignmentStatus.class);
        lines.forEach(l -> all.merge(l.node().status(), 1, Integer::sum));
        int ownTotal = progress.total();
        int allTotal = lines.size();
        for (AssignmentStatus status : AssignmentStatus.values()) {
            int own = progress.byStatus().getOrDefault(status, 0);
            int everywhere = all.getOrDefault(status, 0);
            if (status == AssignmentStatus.CANCELLED && everywhere == 0) {
                continue;
            }
            Row row = sheet.createRow(r++);
            cell(row, 0, status.label(), text);
            number(row, 1, own, text);
            number(row, 2, ownTotal == 0 ? 0 : (double) own / ownTotal, percent);
            number(row, 3, everywhere, text);
            number(row, 4, allTotal == 0 ? 0 : (double) everywhere / allTotal, percent);
        }
        Row total = sheet.createRow(r);
        cell(total, 0, "Tổng số", header);
        number(total, 1, ownTotal, header);
        number(total, 2, ownTotal == 0 ? 0 : 1, percent);
        number(total, 3, allTotal, header);
        number(total, 4, allTotal == 0 ? 0 : 1, percent);
    }

    private void detail(Directive d, String issuerName, List<Line> lines, LocalDate today) {
        SXSSFSheet sheet = workbook.createSheet(DETAIL);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int headerRow = titleRows(sheet, d, issuerName, today, HEADINGS.size());
        Row head = sheet.createRow(headerRow);
        for (int i = 0; i < HEADINGS.size(); i++) {
            cell(head, i, HEADINGS.get(i), header);
        }
        head.setHeightInPoints(32);
        int r = headerRow + 1;
        for (Line line : lines) {
            Progress.Node node = line.node();
            Report report = line.report();
            Row row = sheet.createRow(r);
            number(row, 0, r - headerRow, text);
            cell(row, 1, node.unitName(), indented.get(Math.min(line.level() - 1, indented.size() - 1)));
            number(row, 2, line.level(), text);
            cell(row, 3, line.directiveNumber(), text);
            cell(row, 4, node.status().label(), text);
            date(row, 5, node.deadline());
            date(row, 6, report == null ? null : LocalDate.ofInstant(report.submittedAt(), Time.ZONE));
            cell(row, 7, report == null ? null : results(report), wrapped);
            cell(row, 8, report == null ? null : report.difficulties(), wrapped);
            cell(row, 9, report == null ? null : report.proposals(), wrapped);
            cell(row, 10, node.childNumber(), text);
            r++;
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, HEADINGS.size() - 1));
    }

    /** Nhật ký: every action on the directive the reader may see, oldest first, as the audit trail keeps it. */
    private void audit(Directive d, String issuerName, List<AuditView.Row> rows, LocalDate today) {
        SXSSFSheet sheet = workbook.createSheet(AUDIT);
        int[] widths = {18, 26, 30, 14, 26, 12, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int headerRow = titleRows(sheet, d, issuerName, today, AUDIT_HEADINGS.size());
        Row head = sheet.createRow(headerRow);
        for (int i = 0; i < AUDIT_HEADINGS.size(); i++) {
            cell(head, i, AUDIT_HEADINGS.get(i), header);
        }
        int r = headerRow + 1;
        for (AuditView.Row e : rows) {
            Row row = sheet.createRow(r++);
            cell(row, 0, AT.format(e.at().atZone(Time.ZONE)), text);
            cell(row, 1, e.user() == null ? "Hệ thống" : e.user(), text);
            cell(row, 2, e.unit(), text);
            cell(row, 3, AuditView.DOORS.getOrDefault(e.door(), e.door()), text);
            cell(row, 4, AuditView.ACTIONS.getOrDefault(e.action(), e.action()), text);
            cell(row, 5, e.assignment() == null ? null : String.valueOf(e.assignment()), text);
            cell(row, 6, e.details(), wrapped);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, AUDIT_HEADINGS.size() - 1));
    }

    /**
     * The document's title: what it is, the directive's number, date and issuer, its subject, and the
     * day the figures stand on. @return the first row after them and a blank one
     */
    private int titleRows(Sheet sheet, Directive d, String issuerName, LocalDate today, int columns) {
        cell(sheet.createRow(0), 0, "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN VĂN BẢN", title);
        cell(sheet.createRow(1), 0, "Văn bản số " + d.number() + " ngày " + DAY.format(d.issuedOn()) + " của "
                + issuerName, bold);
        Row subject = sheet.createRow(2);
        cell(subject, 0, d.subject(), subjectStyle);
        subject.setHeightInPoints(d.subject() == null || d.subject().length() < 120 ? 30 : 45);
        cell(sheet.createRow(3), 0, "Số liệu tính đến ngày " + DAY.format(today), null);
        for (int r = 0; r < 4; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return 5;
    }

    /** Each item's status and result: "Nhiệm vụ 1 (đã hoàn thành): ...". */
    private static String results(Report report) {
        return report.items().stream()
                .map(i -> "Nhiệm vụ " + i.no() + " (" + i.statusLabel().toLowerCase(Locale.ROOT) + ")"
                        + (i.result() == null || i.result().isBlank() ? "" : ": " + i.result().trim()))
                .collect(Collectors.joining("\n"));
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(fitted(value));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A unit's several long results together may exceed what an Excel cell holds: the cell says so. */
    private static String fitted(String value) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return value.length() <= max ? value : value.substring(0, max - CUT.length()) + CUT;
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(date);
    }
}
