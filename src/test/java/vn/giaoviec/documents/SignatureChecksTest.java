package vn.giaoviec.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.giaoviec.documents.Signature.Status;
import vn.giaoviec.support.SignedPdfs;

/** Signed PDFs of each kind, as {@link SignedPdfs} makes them, against a trust store of the test root. */
class SignatureChecksTest {

    /** 14:05 on 20/03/2026 in Hanoi. */
    private static final Instant AT = Instant.parse("2026-03-20T07:05:00Z");

    @TempDir
    Path dir;

    @Test
    void aSignatureOfATrustedSignerOnTheWholeFileIsValid() {
        Signature signature = trusting().check(SignedPdfs.signed(AT)).orElseThrow();

        assertThat(signature).isEqualTo(
                new Signature(SignedPdfs.SIGNER, SignedPdfs.ORGANISATION, AT, Status.VALID));
        assertThat(signature.label()).isEqualTo(
                "Đã ký số bởi Nguyễn Văn An (Trường Tiểu học Quang Trung) lúc 14:05 20/03/2026 — hợp lệ");
    }

    @Test
    void anUpdateAfterSigningIsAModification() throws IOException {
        byte[] tampered = SignedPdfs.tamperedAfterSigning(AT);
        assertThat(text(tampered)).contains(SignedPdfs.ADDED_TEXT);

        Signature signature = trusting().check(tampered).orElseThrow();

        assertThat(signature.status()).isEqualTo(Status.MODIFIED);
        assertThat(signature.signer()).isEqualTo(SignedPdfs.SIGNER);
        assertThat(signature.label()).isEqualTo("Đã ký số bởi Nguyễn Văn An (Trường Tiểu học Quang Trung)"
                + " lúc 14:05 20/03/2026 — tài liệu bị sửa sau khi ký");
    }

    @Test
    void aByteChangedInsideTheSignedRangeIsAModification() {
        assertThat(trusting().check(SignedPdfs.modifiedInSignedRange(AT)))
                .map(Signature::status).contains(Status.MODIFIED);
    }

    @Test
    void aSignerOfAnUnknownCaIsNotTrusted() {
        Signature signature = trusting().check(SignedPdfs.signedByStranger(AT)).orElseThrow();

        assertThat(signature).isEqualTo(new Signature(SignedPdfs.STRANGER, SignedPdfs.STRANGER_ORGANISATION, AT,
                Status.UNTRUSTED));
        assertThat(signature.label()).endsWith("— chưa xác thực được chuỗi chứng thư");
    }

    @Test
    void theNewestOfSeveralSignaturesCounts() {
        Instant later = AT.plusSeconds(3600);
        SignatureChecks checks = trusting();

        assertThat(checks.check(SignedPdfs.countersigned(SignedPdfs.signedByStranger(AT), later)))
                .contains(new Signature(SignedPdfs.SIGNER, SignedPdfs.ORGANISATION, later, Status.VALID));
        assertThat(checks.check(SignedPdfs.countersigned(SignedPdfs.signed(AT), later)))
                .map(Signature::signedAt).contains(later);
    }

    @Test
    void anUnsignedPdfHasNoSignature() {
        assertThat(trusting().check(SignedPdfs.unsigned())).isEmpty();
    }

    @Test
    void whatIsNotAPdfHasNoSignature() {
        SignatureChecks checks = trusting();

        assertThat(checks.check("Báo cáo kết quả".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(checks.check(new byte[0])).isEmpty();
        assertThat(checks.check(null)).isEmpty();
    }

    /** Cut anywhere — in the trailer, in the signature, in the page — the check answers and never says valid. */
    @Test
    void aTruncatedSignedPdfIsNeverValid() {
        byte[] signed = SignedPdfs.signed(AT);
        SignatureChecks checks = trusting();

        for (int length = signed.length - 1; length > 0; length = length * 9 / 10) {
            Optional<Signature> signature = checks.check(Arrays.copyOf(signed, length));
            assertThat(signature.map(Signature::status)).as("cut at %d of %d", length, signed.length)
                    .isNotEqualTo(Optional.of(Status.VALID));
        }
    }

    @Test
    void withoutATrustStoreNoSignatureIsTrusted() {
        byte[] signed = SignedPdfs.signed(AT);

        assertThat(new SignatureChecks(new SignatureProperties(null, null)).check(signed))
                .map(Signature::status).contains(Status.UNTRUSTED);
        assertThat(new SignatureChecks(new SignatureProperties(" ", null)).check(signed))
                .map(Signature::status).contains(Status.UNTRUSTED);
    }

    @Test
    void aTrustStoreThatIsNotThereFailsStartUp() {
        Path missing = dir.resolve("khong-co");

        assertThatThrownBy(() -> new SignatureChecks(new SignatureProperties(missing.toString(), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aTrustStoreWithoutCertificatesFailsStartUp() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("rong"));

        assertThatThrownBy(() -> new SignatureChecks(new SignatureProperties(empty.toString(), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(empty.toString());
    }

    @Test
    void aPkcs12TrustStoreServesToo() {
        Path store = dir.resolve("truststore.p12");
        SignedPdfs.writePkcs12TrustStore(store, "bi-mat");

        assertThat(new SignatureChecks(new SignatureProperties(store.toString(), "bi-mat")).check(SignedPdfs.signed(AT)))
                .map(Signature::status).contains(Status.VALID);
        assertThatThrownBy(() -> new SignatureChecks(new SignatureProperties(store.toString(), "sai")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(store.toString());
    }

    @Test
    void theLabelLeavesOutWhatIsNotKnown() {
        assertThat(new Signature("Nguyễn Văn A", null, AT, Status.VALID).label())
                .isEqualTo("Đã ký số bởi Nguyễn Văn A lúc 14:05 20/03/2026 — hợp lệ");
        assertThat(new Signature(null, null, null, Status.INVALID).label())
                .isEqualTo("Đã ký số — chữ ký không đọc được");
    }

    private SignatureChecks trusting() {
        Path trustStore = dir.resolve("trust");
        SignedPdfs.writeTrustStore(trustStore);
        return new SignatureChecks(new SignatureProperties(trustStore.toString(), null));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
