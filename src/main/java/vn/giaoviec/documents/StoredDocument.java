package vn.giaoviec.documents;

import java.time.Instant;

/** A kept file: its type as read from its content, its SHA-256 (lowercase hex) and, for a PDF, its signature. */
public record StoredDocument(long id, String name, String contentType, long size, String sha256, String uploadedBy,
                             Instant uploadedAt, Signature signature) {
}
