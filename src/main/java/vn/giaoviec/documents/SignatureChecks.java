package vn.giaoviec.documents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.giaoviec.documents.Signature.Status;

/**
 * Whether an uploaded PDF is digitally signed, by whom, and whether the signature holds: the signed
 * bytes are the whole file, their digest matches, and the certificate chains to a trusted root. Files
 * come from users, so nothing here throws on a broken one.
 */
@Component
// registers its settings itself, so the module works without the application's properties scan
@EnableConfigurationProperties(SignatureProperties.class)
public class SignatureChecks {

    private final Set<TrustAnchor> anchors;

    SignatureChecks(SignatureProperties properties) {
        this.anchors = properties.readTrustAnchors();
    }

    /**
     * The file's signature; empty for an unsigned PDF or what is not a PDF at all. Of several signatures
     * (co-signing, approvals) the newest is the one that speaks for the file as uploaded: it covers the
     * earlier revisions, whereas an earlier signature by design covers only its own.
     */
    public Optional<Signature> check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the newest is the one signing furthest into the file: the fields' order says nothing of time
            return document.getSignatureDictionaries().stream()
                    .max(Comparator.comparingLong(SignatureChecks::signedUpTo))
                    .map(signature -> check(signature, pdf));
        } catch (IOException | RuntimeException e) {
            // parsers of hostile input throw unchecked exceptions too
            return Optional.empty();
        }
    }

    private static long signedUpTo(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    private Signature check(PDSignature dictionary, byte[] pdf) {
        Instant claimed = dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
        int[] range = dictionary.getByteRange();
        if (!withinFile(range, pdf.length)) {
            // a cut-off upload, or a range that makes no sense: what was signed cannot be read
            return new Signature(dictionary.getName(), null, claimed, Status.INVALID);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(dictionary.getSignedContent(pdf)),
                    contentInfo(dictionary.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            X500Name subject = holder.getSubject();
            Instant signedAt = Optional.ofNullable(signingTime(signer)).orElse(claimed);
            return new Signature(attribute(subject, BCStyle.CN), attribute(subject, BCStyle.O), signedAt,
                    status(range, pdf, cms, signer, holder, signedAt));
        } catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException
                 | RuntimeException e) {
            return new Signature(dictionary.getName(), null, claimed, Status.INVALID);
        }
    }

    /** The CMS without the zeros that pad it to the space the signing tool reserved. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean withinFile(int[] range, int length) {
        return range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0
                && (long) range[2] + range[3] <= length;
    }

    private Status status(int[] range, byte[] pdf, CMSSignedData cms, SignerInformation signer,
                          X509CertificateHolder holder, Instant signedAt)
            throws CMSException, GeneralSecurityException, OperatorCreationException {
        if (range[2] + range[3] != pdf.length || !onlySignatureBetween(range, pdf)) {
            return Status.MODIFIED;
        }
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        try {
            // by the key alone: whether the certificate was valid then is the chain's question below
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()))) {
                return Status.INVALID;
            }
        } catch (CMSSignerDigestMismatchException e) {
            return Status.MODIFIED;
        }
        return chainsToTrustedRoot(certificate, cms, signedAt) ? Status.VALID : Status.UNTRUSTED;
    }

    /** The one unsigned gap holds the hex signature and nothing else that a reader would parse. */
    private static boolean onlySignatureBetween(int[] range, byte[] pdf) {
        int end = range[2] - 1;
        if (pdf[range[1]] != '<' || pdf[end] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < end; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * PKIX, the certificates in the signature serving as intermediates. At the claimed signing time, so
     * that a certificate expired since does not void what it signed. Revocation is not checked: the
     * server reaches no OCSP responder or CRL here; a deployment that does may turn it on.
     */
    private boolean chainsToTrustedRoot(X509Certificate certificate, CMSSignedData cms, Instant signedAt)
            throws GeneralSecurityException {
        if (anchors.isEmpty()) {
            return false;
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(certificate);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
        parameters.setRevocationEnabled(false);
        parameters.addCertStore(CertStore.getInstance("Collection",
                new CollectionCertStoreParameters(certificates(cms))));
        if (signedAt != null) {
            parameters.setDate(Date.from(signedAt));
        }
        try {
            // the builder finds the path through the intermediates and validates it as CertPathValidator would
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (CertPathBuilderException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            certificates.add(converter.getCertificate(holder));
        }
        return certificates;
    }

    /** The signed attribute; a signer may leave it out, then the PDF's own /M is all there is. */
    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        return time == null ? null : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String attribute(X500Name subject, ASN1ObjectIdentifier type) {
        return Arrays.stream(subject.getRDNs(type))
                .flatMap(rdn -> Arrays.stream(rdn.getTypesAndValues()))
                .filter(value -> value.getType().equals(type))
                .map(AttributeTypeAndValue::getValue)
                .map(SignatureChecks::text)
                .findFirst()
                .orElse(null);
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }
}
