package vn.giaoviec.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one fingerprint files are kept and archived with: SHA-256 in lowercase hex. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] content) {
        MessageDigest digest = digest();
        digest.update(content);
        return hex(digest);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
