package it.zona.agreement;

import com.sun.net.httpserver.HttpServer;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.context.ApplicationContext;

/**
 * A public-key infrastructure built for a test, around a given "now": a root and an intermediate
 * authority whose revocation lists a local HTTP server publishes at the addresses the certificates
 * give, signers issued by them (valid, expired, revoked), a signer of another root nobody trusts,
 * and helpers that sign real files with DSS as a signing application would.
 */
public final class TestPki implements AutoCloseable {

    /** A signer: the certificate, its key and the chain up to (not including) the root. */
    public record Signer(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {}

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private final Instant now;
    private final HttpServer server;
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();
    private final Authority root;
    private final Authority intermediate;
    private final Authority strangerRoot;

    private record Authority(X509Certificate certificate, KeyPair keys, String crlPath) {}

    public TestPki(Instant now) {
        this.now = now;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = published.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        root = authority("CN=Radice di prova, O=Zona Test, C=IT", null, "/root.crl");
        intermediate = authority("CN=Intermedia di prova, O=Zona Test, C=IT", root, "/intermediate.crl");
        strangerRoot = authority("CN=Radice sconosciuta, O=Altrove, C=IT", null, "/stranger.crl");
        publishCrl(root, List.of());
        publishCrl(intermediate, List.of());
        publishCrl(strangerRoot, List.of());
    }

    /**
     * A PKI built on the application's "now" whose root the running application trusts from then on,
     * for tests outside this package (the trust anchors are not public).
     */
    public static TestPki trustedBy(ApplicationContext application) {
        TestPki pki = new TestPki(application.getBean(Clock.class).instant());
        application.getBean(TrustAnchors.class).add(pki.root(), pki.rootCrl());
        return pki;
    }

    public X509Certificate root() {
        return root.certificate();
    }

    public X509CRL rootCrl() {
        return crl(root, List.of());
    }

    public Signer signer(String name) {
        return issue(name, intermediate, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    public Signer expiredSigner(String name) {
        return issue(name, intermediate, now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(1)));
    }

    public Signer strangerSigner(String name) {
        return issue(name, strangerRoot, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    /** A signer whose certificate the intermediate authority has revoked yesterday. */
    public Signer revokedSigner(String name) {
        Signer signer = signer(name);
        publishCrl(intermediate, List.of(signer.certificate()));
        return signer;
    }

    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An incremental update that writes more text on the first page, as a forger would. */
    public static byte[] alterPage(byte[] pdf, String text) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 600);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs a PDF (PAdES baseline B), as an incremental update; signing a signed PDF adds a signature. */
    public byte[] pades(byte[] pdf, Signer signer, Instant signingTime) {
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
    public byte[] cades(byte[] content, Signer signer, Instant signingTime) {
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

    @Override
    public void close() {
        server.stop(0);
    }

    private static SignatureValue sign(ToBeSigned data, Signer signer) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.keys().getPrivate());
            signature.update(data.getBytes());
            return new SignatureValue(SignatureAlgorithm.RSA_SHA256, signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(DSSDocument document) {
        try (var in = document.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Authority authority(String name, Authority issuer, String crlPath) {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(
                name, keys, issuer, now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)), true);
        return new Authority(certificate, keys, crlPath);
    }

    private Signer issue(String name, Authority issuer, Instant from, Instant until) {
        KeyPair keys = keys();
        X509Certificate certificate =
                certificate("CN=" + name + ", O=Zona Test, C=IT", keys, issuer, from, until, false);
        List<X509Certificate> chain =
                issuer == intermediate ? List.of(certificate, intermediate.certificate()) : List.of(certificate);
        return new Signer(certificate, keys, chain);
    }

    private X509Certificate certificate(
            String name, KeyPair keys, Authority issuer, Instant from, Instant until, boolean authority) {
        try {
            X500Name subject = new X500Name(name);
            X500Name issuerName = issuer == null
                    ? subject
                    : X500Name.getInstance(
                            issuer.certificate().getSubjectX500Principal().getEncoded());
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
                        utils.createAuthorityKeyIdentifier(issuer.certificate()));
                GeneralNames where =
                        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url(issuer.crlPath())));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(where), null, null)
                }));
            }
            KeyPair signing = issuer == null ? keys : issuer.keys();
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signing)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publishCrl(Authority authority, List<X509Certificate> revoked) {
        try {
            published.put(authority.crlPath(), crl(authority, revoked).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509CRL crl(Authority authority, List<X509Certificate> revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(
                            authority.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(now.minus(Duration.ofHours(1))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(
                        certificate.getSerialNumber(),
                        Date.from(now.minus(Duration.ofDays(1))),
                        CRLReason.keyCompromise);
            }
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority.certificate()));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(authority.keys())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
