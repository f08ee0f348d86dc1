package it.zona.agreement;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority held in memory, and the signing application of its signers: it issues
 * certificates (ECDSA P-256, quick to make) and revocation lists, and signs files with DSS as a
 * qualified signing device would (PAdES and CAdES baseline B). The demo's authority is one; the
 * tests build their PKI of them. Never an authority anyone should trust outside a demo.
 */
final class CertificationAuthority {

    /** A signer: the certificate, its key and the chain up to (not including) the root. */
    record Signer(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {}

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private final X509Certificate certificate;
    private final KeyPair keys;
    private final CertificationAuthority issuer;
    private final String crlUrl;

    /** A root authority; {@code crlUrl} is where the certificates it issues say its CRL is, or null. */
    static CertificationAuthority root(String name, Instant from, Instant until, String crlUrl) {
        KeyPair keys = keys();
        return new CertificationAuthority(certificate(name, keys, null, from, until, true, null), keys, null, crlUrl);
    }

    private CertificationAuthority(
            X509Certificate certificate, KeyPair keys, CertificationAuthority issuer, String crlUrl) {
        this.certificate = certificate;
        this.keys = keys;
        this.issuer = issuer;
        this.crlUrl = crlUrl;
    }

    /** An intermediate authority issued by this one. */
    CertificationAuthority intermediate(String name, Instant from, Instant until, String crlUrl) {
        KeyPair subordinate = keys();
        return new CertificationAuthority(
                certificate(name, subordinate, this, from, until, true, this.crlUrl), subordinate, this, crlUrl);
    }

    /** A signer's certificate, for {@code name} ("CN=…, O=…, C=IT"). */
    Signer issue(String name, Instant from, Instant until) {
        KeyPair own = keys();
        X509Certificate issued = certificate(name, own, this, from, until, false, crlUrl);
        List<X509Certificate> chain = issuer == null ? List.of(issued) : List.of(issued, certificate);
        return new Signer(issued, own, chain);
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The revocation list of this authority, valid from {@code now}, revoking the certificates given the day before. */
    X509CRL crl(Instant now, List<X509Certificate> revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minusSeconds(3600)));
            builder.setNextUpdate(Date.from(now.plusSeconds(7 * 86_400)));
            for (X509Certificate revokedCertificate : revoked) {
                builder.addCRLEntry(
                        revokedCertificate.getSerialNumber(),
                        Date.from(now.minusSeconds(86_400)),
                        CRLReason.keyCompromise);
            }
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(keys)));
        } catch (Exception e) {
            throw new IllegalStateException("The revocation list could not be written", e);
        }
    }

    /** Signs a PDF (PAdES baseline B), as an incremental update; signing a signed PDF adds a signature. */
    static byte[] pades(byte[] pdf, Signer signer, Instant signingTime) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
        parameters.setCertificateChain(
                signer.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(pdf, "accordo.pdf");
        ToBeSigned data = service.getDataToSign(document, parameters);
        return bytes(service.signDocument(document, parameters, sign(data, signer)));
    }

    /** Envelops a file in a CMS signature (CAdES baseline B), a {@code .p7m}. */
    static byte[] cades(byte[] content, Signer signer, Instant signingTime) {
        CAdESSignatureParameters parameters = new CAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.CAdES_BASELINE_B);
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPING);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
        parameters.setCertificateChain(
                signer.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        CAdESService service = new CAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(content, "accordo.pdf");
        ToBeSigned data = service.getDataToSign(document, parameters);
        return bytes(service.signDocument(document, parameters, sign(data, signer)));
    }

    private static SignatureValue sign(ToBeSigned data, Signer signer) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withECDSA");
            signature.initSign(signer.keys().getPrivate());
            signature.update(data.getBytes());
            return new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("The file could not be signed", e);
        }
    }

    private static byte[] bytes(DSSDocument document) {
        try (var in = document.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(
            String name,
            KeyPair keys,
            CertificationAuthority issuer,
            Instant from,
            Instant until,
            boolean authority,
            String crlUrl) {
        try {
            X500Name subject = new X500Name(name);
            X500Name issuerName = issuer == null
                    ? subject
                    : X500Name.getInstance(
                            issuer.certificate.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(until),
                    subject,
                    keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            authority
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            if (issuer != null) {
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        utils.createAuthorityKeyIdentifier(issuer.certificate));
            }
            if (issuer != null && crlUrl != null) {
                GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(where), null, null)
                }));
            }
            KeyPair signing = issuer == null ? keys : issuer.keys;
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signing)));
        } catch (Exception e) {
            throw new IllegalStateException("The certificate could not be issued", e);
        }
    }

    private static org.bouncycastle.operator.ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
