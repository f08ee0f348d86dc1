package it.zona.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real files signed with a PKI built for the test, validated by DSS: each case gets its verdict.
 * The revocation lists are fetched from the addresses in the certificates, served by the test.
 */
class SignatureValidatorTest {

    private static final Instant NOW = Instant.now();
    private static final Instant EARLIER = NOW.minus(Duration.ofHours(2));

    private static TestPki pki;
    private static SignatureValidator validator;
    private static byte[] frozen;

    @BeforeAll
    static void pki() {
        pki = new TestPki(NOW);
        TrustAnchors anchors = new TrustAnchors(List.of(), List.of());
        anchors.add(pki.root(), pki.rootCrl());
        validator = new SignatureValidator(anchors, Clock.fixed(NOW, ZoneOffset.UTC));
        frozen = TestPki.pdf("Accordo di Programma per il Piano Sociale di Zona");
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void aPadesSignatureOfTheFrozenPdfPasses() {
        Verdict verdict = validator.validate(pki.pades(frozen, pki.signer("Maria Rossi"), EARLIER), "a.pdf", frozen);
        assertThat(verdict.indication()).as("%s", verdict).isEqualTo(Indication.PASSED);
        assertThat(verdict.format()).isEqualTo(SignatureFormat.PADES);
        assertThat(verdict.signers()).singleElement().satisfies(signer -> {
            assertThat(signer.signedBy()).contains("Maria Rossi");
            assertThat(signer.trustAnchor()).contains("Radice di prova");
            assertThat(signer.signingTime()).isEqualTo(EARLIER.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        assertThat(verdict.simpleReport()).contains("TOTAL_PASSED");
        assertThat(verdict.detailedReport()).contains("DetailedReport");
    }

    @Test
    void twoPadesSignaturesInOneFilePass() {
        byte[] once = pki.pades(frozen, pki.signer("Maria Rossi"), EARLIER);
        byte[] twice = pki.pades(once, pki.signer("Luca Bianchi"), EARLIER.plusSeconds(60));
        Verdict verdict = validator.validate(twice, "a.pdf", frozen);
        assertThat(verdict.indication()).as("%s", verdict).isEqualTo(Indication.PASSED);
        assertThat(verdict.signers()).hasSize(2);
    }

    @Test
    void aPageAlteredAfterTheSignatureIsRefused() {
        byte[] signed = pki.pades(frozen, pki.signer("Maria Rossi"), EARLIER);
        Verdict verdict = validator.validate(TestPki.alterPage(signed, "Importo: 1.000.000 euro"), "a.pdf", frozen);
        assertThat(verdict.indication()).isEqualTo(Indication.FAILED);
        assertThat(verdict.reason()).isEqualTo(Verdict.Reason.CHANGED_AFTER_SIGNING);
    }

    @Test
    void aSignedPdfOfAnotherDocumentIsRefused() {
        byte[] other = TestPki.pdf("Un altro accordo");
        Verdict verdict = validator.validate(pki.pades(other, pki.signer("Maria Rossi"), EARLIER), "a.pdf", frozen);
        assertThat(verdict.reason()).isEqualTo(Verdict.Reason.NOT_THE_AGREEMENT);
    }

    @Test
    void aCadesEnvelopeOfTheFrozenPdfPassesAndOfAnotherFileIsRefused() {
        Verdict right = validator.validate(pki.cades(frozen, pki.signer("Anna Verdi"), EARLIER), "a.pdf.p7m", frozen);
        assertThat(right.indication()).as("%s", right).isEqualTo(Indication.PASSED);
        assertThat(right.format()).isEqualTo(SignatureFormat.CADES);
        Verdict wrong = validator.validate(
                pki.cades(TestPki.pdf("Altro"), pki.signer("Anna Verdi"), EARLIER), "a.pdf.p7m", frozen);
        assertThat(wrong.indication()).isEqualTo(Indication.FAILED);
        assertThat(wrong.reason()).isEqualTo(Verdict.Reason.NOT_THE_AGREEMENT);
    }

    @Test
    void garbageIsNoSignature() {
        Verdict verdict = validator.validate(
                "questo non è un file firmato".getBytes(StandardCharsets.UTF_8), "a.pdf.p7m", frozen);
        assertThat(verdict.indication()).isEqualTo(Indication.FAILED);
        assertThat(verdict.reason()).isEqualTo(Verdict.Reason.NOT_SIGNED);
        assertThat(validator.validate(frozen, "a.pdf", frozen).reason())
                .as("a PDF without signatures")
                .isEqualTo(Verdict.Reason.NOT_SIGNED);
    }

    @Test
    void anExpiredCertificateDoesNotPass() {
        Verdict verdict = validator.validate(
                pki.pades(frozen, pki.expiredSigner("Scaduto"), NOW.minus(Duration.ofDays(10))), "a.pdf", frozen);
        assertThat(verdict.indication()).as("%s", verdict).isNotEqualTo(Indication.PASSED);
        assertThat(verdict.signers().get(0).subIndication()).isNotNull();
    }

    @Test
    void aRevokedCertificateDoesNotPass() {
        Verdict verdict =
                validator.validate(pki.pades(frozen, pki.revokedSigner("Revocato"), EARLIER), "a.pdf", frozen);
        assertThat(verdict.indication()).as("%s", verdict).isNotEqualTo(Indication.PASSED);
        assertThat(verdict.signers().get(0).subIndication()).contains("REVOKED");
    }

    @Test
    void aCertificateOfAnUntrustedRootDoesNotPass() {
        Verdict verdict =
                validator.validate(pki.pades(frozen, pki.strangerSigner("Estraneo"), EARLIER), "a.pdf", frozen);
        assertThat(verdict.indication()).as("%s", verdict).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.signers().get(0).subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        assertThat(verdict.signers().get(0).trustAnchor()).isNull();
    }
}
