package it.zona.agreement;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.ApplicationContext;

/**
 * A public-key infrastructure built for a test, around a given "now": a root and an intermediate
 * authority whose revocation lists a local HTTP server publishes at the addresses the certificates
 * give, signers issued by them (valid, expired, revoked), a signer of another root nobody trusts,
 * and helpers that sign real files with DSS as a signing application would
 * ({@link CertificationAuthority}, which the demo's authority is made of too).
 */
public final class TestPki implements AutoCloseable {

    /** A signer: the certificate, its key and the chain up to (not including) the root. */
    public record Signer(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {

        private CertificationAuthority.Signer held() {
            return new CertificationAuthority.Signer(certificate, keys, chain);
        }

        private static Signer of(CertificationAuthority.Signer signer) {
            return new Signer(signer.certificate(), signer.keys(), signer.chain());
        }
    }

    private final Instant now;
    private final HttpServer server;
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();
    private final CertificationAuthority root;
    private final CertificationAuthority intermediate;
    private final CertificationAuthority strangerRoot;

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
        Instant from = now.minus(Duration.ofDays(3650));
        Instant until = now.plus(Duration.ofDays(3650));
        root = CertificationAuthority.root("CN=Radice di prova, O=Zona Test, C=IT", from, until, url("/root.crl"));
        intermediate =
                root.intermediate("CN=Intermedia di prova, O=Zona Test, C=IT", from, until, url("/intermediate.crl"));
        strangerRoot = CertificationAuthority.root(
                "CN=Radice sconosciuta, O=Altrove, C=IT", from, until, url("/stranger.crl"));
        publishCrl("/root.crl", root, List.of());
        publishCrl("/intermediate.crl", intermediate, List.of());
        publishCrl("/stranger.crl", strangerRoot, List.of());
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
        return root.crl(now, List.of());
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
        publishCrl("/intermediate.crl", intermediate, List.of(signer.certificate()));
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
        return CertificationAuthority.pades(pdf, signer.held(), signingTime);
    }

    /** Envelops a file in a CMS signature (CAdES baseline B), a {@code .p7m}. */
    public byte[] cades(byte[] content, Signer signer, Instant signingTime) {
        return CertificationAuthority.cades(content, signer.held(), signingTime);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Signer issue(String name, CertificationAuthority issuer, Instant from, Instant until) {
        return Signer.of(issuer.issue("CN=" + name + ", O=Zona Test, C=IT", from, until));
    }

    private void publishCrl(String path, CertificationAuthority authority, List<X509Certificate> revoked) {
        try {
            published.put(path, authority.crl(now, revoked).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
