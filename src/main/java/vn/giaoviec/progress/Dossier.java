package vn.giaoviec.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.giaoviec.directive.Directive;
import vn.giaoviec.directive.assignment.Attachments;
import vn.giaoviec.directive.assignment.Report;
import vn.giaoviec.documents.Documents;
import vn.giaoviec.documents.Sha256;

/**
 * The archive of a directive in one zip: the directive, the consolidated Excel and Word reports, the
 * final report with its files, and for each unit in folders its reports (every round) with what was
 * attached to them, to its receiving and to its requests for time. {@code danh-muc.csv} lists every
 * file with its SHA-256, so the archive can be checked later without giaoviec.
 */
final class Dossier {

    /** One unit's part: its node in the visible tree, all its reports and its submitted files. */
    record Unit(Progress.Node node, List<Report> reports, List<Attachments.View> files) {
    }

    private final ZipOutputStream zip;
    private final Documents documents;
    private final ObjectMapper json;
    private final List<String> manifest = new ArrayList<>(List.of("tep;sha256;byte"));
    private final Map<String, Integer> used = new HashMap<>();

    private Dossier(OutputStream out, Documents documents, ObjectMapper json) {
        this.zip = new ZipOutputStream(out);
        this.documents = documents;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static void write(OutputStream out, Documents documents, ObjectMapper json, Directive d, Object directiveView,
                      byte[] workbook, byte[] document, List<Attachments.View> finalFiles, List<Unit> units) {
        Dossier dossier = new Dossier(out, documents, json);
        try {
            dossier.writeAll(d, directiveView, workbook, document, finalFiles, units);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dossier of " + d.number(), e);
        }
    }

    private void writeAll(Directive d, Object directiveView, byte[] workbook, byte[] document,
                          List<Attachments.View> finalFiles, List<Unit> units) throws IOException {
        bytes("van-ban-chi-dao.json", json.writeValueAsBytes(directiveView));
        bytes("tong-hop.xlsx", workbook);
        bytes("du-thao-bao-cao.docx", document);
        if (d.finalReport() != null) {
            bytes("bao-cao-ket-qua/bao-cao-ket-qua.txt", d.finalReport().getBytes(StandardCharsets.UTF_8));
        }
        files("bao-cao-ket-qua/", finalFiles);
        int n = 0;
        for (Unit u : units) {
            String folder = String.format("don-vi/%03d %s/", ++n, safe(u.node().unitName()));
            Map<String, Object> assignment = new LinkedHashMap<>();
            assignment.put("unit", u.node().unit());
            assignment.put("unitName", u.node().unitName());
            assignment.put("status", u.node().status());
            assignment.put("deadline", u.node().deadline());
            assignment.put("reports", u.reports());
            bytes(folder + "bao-cao.json", json.writeValueAsBytes(assignment));
            for (int round = 0; round < u.reports().size(); round++) {
                long report = u.reports().get(round).id();
                files(folder + "bao-cao-lan-" + (round + 1) + "/",
                        u.files().stream().filter(f -> Long.valueOf(report).equals(f.report())).toList());
            }
            files(folder + "tiep-nhan/", u.files().stream().filter(f -> f.step() == Attachments.Step.RECEIVE).toList());
            files(folder + "xin-gia-han/", u.files().stream().filter(f -> f.step() == Attachments.Step.EXTENSION).toList());
        }
        zip.putNextEntry(new ZipEntry("danh-muc.csv"));
        zip.write((String.join("\n", manifest) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private void files(String folder, List<Attachments.View> files) throws IOException {
        for (Attachments.View f : files) {
            String entry = unique(folder + safe(f.name()));
            zip.putNextEntry(new ZipEntry(entry));
            try (InputStream in = documents.open(f.id())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            manifest.add(csv(entry) + ";" + f.sha256() + ";" + f.size());
        }
    }

    private void bytes(String name, byte[] content) throws IOException {
        String entry = unique(name);
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(content);
        zip.closeEntry();
        manifest.add(csv(entry) + ";" + Sha256.hex(content) + ";" + content.length);
    }

    /** Two files of one name in a folder (a unit attaching "bao-cao.pdf" twice) both stay: the second is numbered. */
    private String unique(String name) {
        int count = used.merge(name, 1, Integer::sum);
        if (count > 1) {
            int dot = name.lastIndexOf('.');
            name = dot > name.lastIndexOf('/') ? name.substring(0, dot) + " (" + count + ")" + name.substring(dot)
                    : name + " (" + count + ")";
        }
        return name;
    }

    /** A name as a folder or file name on any archive's system: no slashes, no control or reserved characters. */
    private static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "tep" : s;
    }

    private static String csv(String value) {
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
