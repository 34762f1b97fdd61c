package vn.giaoviec.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The digest of the organisation file last loaded in full, and when (one row). */
@Repository
class LoadedFiles {

    private final JdbcClient jdbc;

    LoadedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The file's content and the loader's settings that shape what it writes: the same digest, the
     * same units, people, groups and grants.
     */
    static String digest(byte[] content, OrgProperties settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(content);
            sha.update(("\n" + settings.processOwnerGroup()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Instant> loadedAt(String digest) {
        return jdbc.sql("select loaded_at from org_file_loaded where digest = ?").param(digest)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void record(String digest) {
        jdbc.sql("delete from org_file_loaded").update();
        jdbc.sql("insert into org_file_loaded (digest, loaded_at) values (?, ?)")
                .params(digest, Timestamp.from(Instant.now())).update();
    }
}
