package vn.giaoviec.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.giaoviec.kernel.ApiException;
import vn.giaoviec.kernel.Time;

/**
 * Takes files in and gives them back. A file is checked whole before anything is kept: its size
 * against the limits, its type from its content, a PDF's signature; then its bytes go to the
 * {@link FileStore} and a row with its SHA-256 to our table. Kept inside a transaction that rolls
 * back, the bytes are removed again, so no file outlives the step it was attached to.
 */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
public class Documents {

    private final DocumentRepository repository;
    private final FileStore store;
    private final SignatureChecks signatures;
    private final AttachmentProperties limits;

    Documents(DocumentRepository repository, FileStore store, SignatureChecks signatures, AttachmentProperties limits) {
        this.repository = repository;
        this.store = store;
        this.signatures = signatures;
        this.limits = limits;
    }

    private record Checked(Upload upload, Path file, String contentType, long size, String sha256) {
    }

    /**
     * Keeps the uploads, refusing them all (413 or 422, nothing kept) if one is too large, empty or of
     * a type not accepted, or if they and the files already attached to the same step exceed the limit.
     */
    public List<StoredDocument> store(List<Upload> uploads, long alreadyAttached, String by) {
        long total = alreadyAttached;
        for (Upload u : uploads) {
            refuseTooLarge(u.name(), u.size());
            total += u.size();
        }
        if (total > limits.maxReportSize().toBytes()) {
            throw ApiException.tooLarge("the files of one report may weigh at most " + megabytes(limits.maxReportSize().toBytes())
                    + " together; these come to " + megabytes(total));
        }
        List<Checked> checked = new ArrayList<>();
        try {
            for (Upload u : uploads) {
                checked.add(check(u));
            }
            List<StoredDocument> kept = new ArrayList<>();
            for (Checked c : checked) {
                kept.add(keep(c, by));
            }
            return kept;
        } finally {
            checked.forEach(c -> deleteQuietly(c.file()));
        }
    }

    public Optional<StoredDocument> find(long id) {
        return repository.find(id);
    }

    public List<StoredDocument> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    public InputStream open(long id) {
        String key = repository.storageKey(id).orElseThrow(() -> ApiException.notFound("no file " + id));
        try {
            return store.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException("file " + id + " is missing from the store", e);
        }
    }

    /** Removes a file no step has taken yet; its bytes go once the removal is committed. */
    public void delete(long id) {
        repository.storageKey(id).ifPresent(key -> {
            repository.delete(id);
            afterCompletion(true, key);
        });
    }

    public long maxFileSize() {
        return limits.maxFileSize().toBytes();
    }

    private void refuseTooLarge(String name, long size) {
        if (size > limits.maxFileSize().toBytes()) {
            throw ApiException.tooLarge("file " + name + " weighs " + megabytes(size) + "; each file may weigh at most "
                    + megabytes(limits.maxFileSize().toBytes()));
        }
    }

    private Checked check(Upload u) {
        String name = name(u.name());
        Path file = null;
        try {
            file = Files.createTempFile("giaoviec-upload", ".part");
            MessageDigest sha = Sha256.digest();
            try (InputStream in = new DigestInputStream(u.content().getInputStream(), sha)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw ApiException.unprocessable("file " + name + " is empty");
            }
            refuseTooLarge(name, size); // the declared size may have understated it
            String type = ContentTypes.detect(file, name);
            if (!ContentTypes.accepted(type)) {
                throw ApiException.unprocessable("file " + name + " is not an accepted kind of document ("
                        + ContentTypes.ACCEPTED_NAMES + "): its content is " + type);
            }
            return new Checked(u, file, type, size, Sha256.hex(sha));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("could not read the upload " + name, e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private StoredDocument keep(Checked c, String by) {
        String name = name(c.upload().name());
        try {
            Signature signature = ContentTypes.PDF.equals(c.contentType())
                    ? signatures.check(Files.readAllBytes(c.file())).orElse(null) : null;
            String key = UUID.randomUUID().toString().replace("-", "");
            store.put(key, c.file());
            afterCompletion(false, key);
            StoredDocument d = new StoredDocument(0, name, c.contentType(), c.size(), c.sha256(), by, Time.now(), signature);
            long id = repository.insert(d, key);
            return new StoredDocument(id, d.name(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(),
                    d.uploadedAt(), d.signature());
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + name, e);
        }
    }

    /** Deletes the bytes when the transaction commits (a removal) or rolls back (a keep that did not happen). */
    private void afterCompletion(boolean onCommit, String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                deleteKey(key);
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    deleteKey(key);
                }
            }
        });
    }

    private void deleteKey(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete stored file " + key, e);
        }
    }

    /** The name without the folders a browser may send, at most 255 characters as our table keeps it. */
    private static String name(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }


    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is the operating system's to clean
        }
    }
}
