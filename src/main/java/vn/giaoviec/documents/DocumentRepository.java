package vn.giaoviec.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StoredDocument d, String storageKey) {
        var keys = new GeneratedKeyHolder();
        Signature s = d.signature();
        jdbc.sql("""
                        insert into document_file (name, content_type, byte_size, sha256, storage_key, uploaded_by, uploaded_at,
                          signer, signer_organisation, signed_at, signature_status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.name(), d.contentType(), d.size(), d.sha256(), storageKey, d.uploadedBy(),
                        Timestamp.from(d.uploadedAt()), s == null ? null : s.signer(),
                        s == null ? null : s.organisation(),
                        s == null || s.signedAt() == null ? null : Timestamp.from(s.signedAt()),
                        s == null ? null : s.status().name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredDocument> find(long id) {
        return jdbc.sql("select * from document_file where id = ?").param(id).query(this::map).optional();
    }

    List<StoredDocument> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select * from document_file where id in (:ids) order by id")
                .param("ids", ids).query(this::map).list();
    }

    Optional<String> storageKey(long id) {
        return jdbc.sql("select storage_key from document_file where id = ?").param(id).query(String.class).optional();
    }

    void delete(long id) {
        jdbc.sql("delete from document_file where id = ?").param(id).update();
    }

    private StoredDocument map(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("signature_status");
        Timestamp signedAt = rs.getTimestamp("signed_at");
        Signature signature = status == null ? null : new Signature(rs.getString("signer"),
                rs.getString("signer_organisation"), signedAt == null ? null : signedAt.toInstant(),
                Signature.Status.valueOf(status));
        return new StoredDocument(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"),
                rs.getLong("byte_size"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), signature);
    }
}
