package vn.giaoviec.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * What a file is, read from its bytes (Tika's magic numbers, and inside a zip the OOXML and ODF
 * markers), never from its name: an .exe renamed .pdf stays a program. Only the kinds a report's
 * evidence comes in are accepted.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";

    private static final Set<String> ACCEPTED = Set.of(
            PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "image/jpeg",
            "image/png");

    /** An OLE2 compound file is a .doc or an .xls; without a parser for each, its name says which. */
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final Map<String, String> OLE2_BY_EXTENSION = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel");

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final Map<String, String> OOXML_BY_MAIN_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String ACCEPTED_NAMES = "PDF, DOC/DOCX, XLS/XLSX, ODT/ODS, JPG/PNG";

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private ContentTypes() {
    }

    /**
     * The type of the file's content. An OOXML package is named by its main part (POI reads it); an
     * OLE2 file by its extension, as without a parser for each its bytes cannot say.
     */
    static String detect(Path file, String name) throws IOException {
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = DETECTOR.detect(in, new Metadata());
        }
        if (detected.getBaseType().equals(OLE2)) {
            return OLE2_BY_EXTENSION.getOrDefault(extension(name), OLE2.toString());
        }
        if (detected.getBaseType().equals(OOXML)) {
            return ooxmlMainPart(file).map(OOXML_BY_MAIN_PART::get).orElse(OOXML.toString());
        }
        return detected.getBaseType().toString();
    }

    private static Optional<String> ooxmlMainPart(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream()
                    .findFirst().map(PackagePart::getContentType);
        } catch (InvalidFormatException | RuntimeException e) {
            return Optional.empty(); // not a package POI can read: refused as unknown
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean accepted(String type) {
        return ACCEPTED.contains(type);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
