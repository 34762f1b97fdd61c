package vn.giaoviec.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code giaoviec.signatures.*}.
 *
 * @param trustStore         the roots a signature must chain to: a directory of {@code .crt}, {@code .cer}
 *                           or {@code .pem} files (PEM or DER), one such file, or a PKCS12 {@code .p12} /
 *                           {@code .pfx} key store (Java reads only the certificates keytool marked
 *                           trusted, or that belong to a key). Blank: none, so no signature is VALID
 * @param trustStorePassword the PKCS12 store's password
 */
@ConfigurationProperties("giaoviec.signatures")
public record SignatureProperties(String trustStore, String trustStorePassword) {

    /**
     * The trust store's roots. A configured store that is missing, unreadable or empty fails: a typo
     * would otherwise turn every signature into "not trusted" without anyone noticing.
     */
    Set<TrustAnchor> readTrustAnchors() {
        if (trustStore == null || trustStore.isBlank()) {
            return Set.of();
        }
        Path path = Path.of(trustStore);
        if (!Files.exists(path)) {
            throw new IllegalStateException("giaoviec.signatures.trust-store " + path.toAbsolutePath()
                    + " does not exist");
        }
        List<X509Certificate> roots;
        try {
            roots = Files.isDirectory(path) ? directory(path) : file(path);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("giaoviec.signatures.trust-store " + path.toAbsolutePath()
                    + " cannot be read: " + e.getMessage(), e);
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("giaoviec.signatures.trust-store " + path.toAbsolutePath()
                    + " holds no certificate");
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        roots.forEach(root -> anchors.add(new TrustAnchor(root, null)));
        return Collections.unmodifiableSet(anchors);
    }

    private static List<X509Certificate> directory(Path dir) throws IOException, GeneralSecurityException {
        List<X509Certificate> roots = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(SignatureProperties::isCertificateFile).sorted().toList()) {
                roots.addAll(certificates(file));
            }
        }
        return roots;
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".crt") || name.endsWith(".cer") || name.endsWith(".pem"));
    }

    private List<X509Certificate> file(Path file) throws IOException, GeneralSecurityException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx") ? pkcs12(file) : certificates(file);
    }

    /** PEM or DER, one certificate or several. */
    private static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        }
    }

    private List<X509Certificate> pkcs12(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, trustStorePassword == null ? null : trustStorePassword.toCharArray());
        }
        List<X509Certificate> roots = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getCertificate(alias) instanceof X509Certificate root) {
                roots.add(root);
            }
        }
        return roots;
    }
}
