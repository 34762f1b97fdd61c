package vn.giaoviec.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The digital signature of a PDF as a reader should see it beside the file. A record, so that what was
 * found can be stored and compared as it is; the check itself is {@link SignatureChecks}.
 *
 * @param signer       the certificate's common name (the signature's /Name when there is no readable
 *                     certificate); null when unknown
 * @param organisation the certificate's organisation; null when it has none
 * @param signedAt     as the signer claims it (no trusted timestamp is checked); null when unknown
 */
public record Signature(String signer, String organisation, Instant signedAt, Status status) {

    /** Times are shown as the schools read them, whatever the server's zone. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public enum Status {
        /** Intact, and the certificate chains to a configured trusted root. */
        VALID("hợp lệ"),
        /** Changed after signing: bytes added after the signed range, or the signed bytes differ. */
        MODIFIED("tài liệu bị sửa sau khi ký"),
        /** Intact, but the certificate does not chain to a configured root (or none is configured). */
        UNTRUSTED("chưa xác thực được chuỗi chứng thư"),
        /** The signature itself cannot be read or does not verify. */
        INVALID("chữ ký không đọc được");

        private final String text;

        Status(String text) {
            this.text = text;
        }
    }

    /** {@code Đã ký số bởi Nguyễn Văn A (Trường Tiểu học Quang Trung) lúc 14:05 20/03/2026 — hợp lệ}. */
    public String label() {
        StringBuilder label = new StringBuilder("Đã ký số");
        if (signer != null) {
            label.append(" bởi ").append(signer);
        }
        if (organisation != null) {
            label.append(" (").append(organisation).append(')');
        }
        if (signedAt != null) {
            label.append(" lúc ").append(SHOWN.format(signedAt));
        }
        return label.append(" — ").append(status.text).toString();
    }
}
