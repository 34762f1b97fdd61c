package vn.giaoviec.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signed PDFs made on the spot, as a school's signing tool makes them (PAdES basic: a detached CMS over
 * the file but its signature, added as an incremental update). A test root CA issued the signer's
 * certificate; a second, unrelated CA issued the stranger's. The keys are made once per JVM, on first
 * use: RSA 2048 takes a moment.
 */
public final class SignedPdfs {

    public static final String ROOT = "Test Root CA giaoviec";
    public static final String SIGNER = "Nguyễn Văn An";
    public static final String ORGANISATION = "Trường Tiểu học Quang Trung";
    public static final String STRANGER = "Trần Thị Bình";
    public static final String STRANGER_ORGANISATION = "Công ty Chứng thực Lạ";
    /** The page's text; the content is left uncompressed so that {@link #modifiedInSignedRange} finds it. */
    public static final String TEXT = "Bao cao ket qua chuyen doi so: 100% giao vien da duoc tap huan";
    /** What {@link #tamperedAfterSigning} adds to the page. */
    public static final String ADDED_TEXT = "Them sau khi ky";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2040-01-01T00:00:00Z");

    private SignedPdfs() {
    }

    /** A key and its certificate. */
    private record Party(KeyPair key, X509Certificate certificate) {
    }

    /** A holder class: the keys are made when first needed, not when the helper is loaded. */
    private static final class Keys {
        static final Party ROOT_CA = root(SignedPdfs.ROOT, "Ban Cơ yếu thử nghiệm");
        static final Party SIGNER = issue(ROOT_CA, SignedPdfs.SIGNER, ORGANISATION);
        static final Party STRANGER_CA = root("Test Stranger CA", STRANGER_ORGANISATION);
        static final Party STRANGER = issue(STRANGER_CA, SignedPdfs.STRANGER, STRANGER_ORGANISATION);
    }

    /** A one-page PDF without a signature. */
    public static byte[] unsigned() {
        return unchecked(() -> {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                write(document, page, AppendMode.OVERWRITE, TEXT, 750);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        });
    }

    /** Signed by {@link #SIGNER}, whose certificate the test root issued, at {@code at}. */
    public static byte[] signed(Instant at) {
        return sign(unsigned(), Keys.SIGNER, at);
    }

    /** Signed by {@link #STRANGER}, whose certificate chains to a CA that no trust store holds. */
    public static byte[] signedByStranger(Instant at) {
        return sign(unsigned(), Keys.STRANGER, at);
    }

    /** {@code pdf}, signed or not, with a further signature by {@link #SIGNER} at {@code at}. */
    public static byte[] countersigned(byte[] pdf, Instant at) {
        return sign(pdf, Keys.SIGNER, at);
    }

    /**
     * Signed, then edited as an editor would save it: an incremental update after the signature that
     * adds {@link #ADDED_TEXT} to the page. The signed bytes are intact; they are no longer the whole file.
     */
    public static byte[] tamperedAfterSigning(Instant at) {
        byte[] signed = signed(at);
        return unchecked(() -> {
            try (PDDocument document = Loader.loadPDF(signed)) {
                PDPage page = document.getPage(0);
                write(document, page, AppendMode.APPEND, ADDED_TEXT, 700);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        });
    }

    /** Signed, then edited in place with a hex editor: "100%" of {@link #TEXT} becomes "900%". */
    public static byte[] modifiedInSignedRange(Instant at) {
        byte[] pdf = signed(at);
        // one char a byte: the offset in the string is the offset in the file
        int figure = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("100%");
        if (figure < 0) {
            throw new IllegalStateException("the page's text is not in the file as it is");
        }
        pdf[figure] = '9';
        return pdf;
    }

    /** The test root as {@code test-root-ca.pem} in {@code dir}, a directory trust store. */
    public static void writeTrustStore(Path dir) {
        unchecked(() -> {
            Files.createDirectories(dir);
            try (Writer file = Files.newBufferedWriter(dir.resolve("test-root-ca.pem"));
                 JcaPEMWriter pem = new JcaPEMWriter(file)) {
                pem.writeObject(Keys.ROOT_CA.certificate());
            }
            return null;
        });
    }

    /** The test root as a trusted certificate entry of a PKCS12 key store, as keytool makes it. */
    public static void writePkcs12TrustStore(Path file, String password) {
        unchecked(() -> {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("test-root-ca", Keys.ROOT_CA.certificate());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return null;
        });
    }

    private static void write(PDDocument document, PDPage page, AppendMode mode, String text, float y)
            throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page, mode, false)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, y);
            content.showText(text);
            content.endText();
        }
    }

    private static byte[] sign(byte[] pdf, Party signer, Instant at) {
        return unchecked(() -> {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                signature.setSignDate(GregorianCalendar.from(at.atZone(ZONE)));
                document.addSignature(signature, content -> unchecked(() -> cms(content.readAllBytes(), signer, at)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        });
    }

    /** A detached CMS SignedData over {@code content}, the signing time a signed attribute. */
    private static byte[] cms(byte[] content, Party signer, Instant at) throws Exception {
        AttributeTable signingTime = new AttributeTable(
                new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(at)))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.key().getPrivate()),
                        signer.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }

    private static Party root(String name, String organisation) {
        KeyPair key = newKey();
        return new Party(key, certificate(name(name, organisation), key, name(name, organisation), key, true));
    }

    private static Party issue(Party ca, String name, String organisation) {
        KeyPair key = newKey();
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        return new Party(key, certificate(name(name, organisation), key, issuer, ca.key(), false));
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair key, X500Name issuer, KeyPair issuerKey,
                                               boolean ca) {
        return unchecked(() -> {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, new SecureRandom()), Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject,
                    key.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())));
        });
    }

    private static KeyPair newKey() {
        return unchecked(() -> {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        });
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Set-up that fails fails the test: no checked exceptions for the callers to declare. */
    private static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
