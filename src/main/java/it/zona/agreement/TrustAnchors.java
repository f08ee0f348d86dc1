package it.zona.agreement;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The certificates a signature must chain to, and the revocation lists known without asking the
 * network. Italy's trusted list cannot be downloaded here, so anchors are configured by file
 * ({@code zona.signatures.trust-anchors}, PEM or DER certificates) with, where the network cannot
 * reach their issuers, their CRLs ({@code zona.signatures.crls}); the demo adds its own
 * certification authority ({@link DemoSignatures}). Signatures name the anchor they were found to chain to.
 */
@Component
class TrustAnchors {

    private final List<CertificateToken> anchors = new CopyOnWriteArrayList<>();
    private final List<byte[]> crls = new CopyOnWriteArrayList<>();

    TrustAnchors(
            @Value("${zona.signatures.trust-anchors:}") List<String> anchorFiles,
            @Value("${zona.signatures.crls:}") List<String> crlFiles) {
        for (String file : anchorFiles) {
            if (!file.isBlank()) {
                anchors.add(DSSUtils.loadCertificate(read(Path.of(file.strip()))));
            }
        }
        for (String file : crlFiles) {
            if (!file.isBlank()) {
                crls.add(read(Path.of(file.strip())));
            }
        }
    }

    /** Trusts one more authority, with the revocation list it issued (the demo's own). */
    public void add(X509Certificate anchor, X509CRL crl) {
        try {
            anchors.add(new CertificateToken(anchor));
            crls.add(crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalArgumentException("An unreadable revocation list", e);
        }
    }

    List<String> names() {
        return anchors.stream().map(a -> a.getSubject().getPrettyPrintRFC2253()).toList();
    }

    CommonTrustedCertificateSource certificates() {
        CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
        anchors.forEach(source::addCertificate);
        return source;
    }

    /** The revocation lists known offline; null when there are none. */
    ExternalResourcesCRLSource offlineCrls() {
        if (crls.isEmpty()) {
            return null;
        }
        List<InMemoryDocument> documents = new ArrayList<>();
        crls.forEach(crl -> documents.add(new InMemoryDocument(crl)));
        return new ExternalResourcesCRLSource(documents.toArray(InMemoryDocument[]::new));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
