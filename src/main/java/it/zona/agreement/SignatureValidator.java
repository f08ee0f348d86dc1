package it.zona.agreement;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.ByteRange;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.client.http.NativeHTTPDataLoader;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Validates a signed file against the frozen agreement with the EU's DSS library (ETSI EN 319 102-1
 * with DSS's default policy): every signature must be intact, chain to a {@link TrustAnchors trust
 * anchor} and its certificates be neither expired nor revoked (CRLs are read offline when known, or
 * fetched from the certificates' distribution points). On top of DSS's verdict Zona checks that the
 * file signs the frozen agreement: for a PDF, the revision the first signature signed is the frozen
 * PDF, byte for byte, and nothing follows the last signature; for a CMS envelope, the content is
 * the frozen PDF. Several signatures in one file and counter-signatures are accepted.
 */
@Component
class SignatureValidator {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private final TrustAnchors anchors;
    private final Clock clock;

    SignatureValidator(TrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    public Verdict validate(byte[] file, String fileName, byte[] frozen) {
        SignatureFormat format = startsWith(file, PDF) ? SignatureFormat.PADES : SignatureFormat.CADES;
        SignedDocumentValidator validator;
        List<AdvancedSignature> signatures;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(file, fileName));
            validator.setCertificateVerifier(verifier());
            validator.setValidationTime(Date.from(clock.instant()));
            signatures = validator.getSignatures();
        } catch (RuntimeException unreadable) {
            // DSS finds no validator for the bytes, or cannot parse them: no signature to speak of.
            return Verdict.refused(format, Verdict.Reason.NOT_SIGNED, List.of(), null, null);
        }
        if (signatures.isEmpty()) {
            return Verdict.refused(format, Verdict.Reason.NOT_SIGNED, List.of(), null, null);
        }
        Reports reports = validator.validateDocument();
        List<SignerReport> signers = signers(reports);
        String simple = reports.getXmlSimpleReport();
        String detailed = reports.getXmlDetailedReport();
        Verdict.Reason coverage = format == SignatureFormat.PADES
                ? padesCoverage(validator, signatures, file.length, frozen)
                : cadesCoverage(validator, signatures, frozen);
        if (coverage != null) {
            return Verdict.refused(format, coverage, signers, simple, detailed);
        }
        if (signers.stream().anyMatch(s -> s.indication() == Indication.FAILED)) {
            return Verdict.refused(format, Verdict.Reason.SIGNATURE_FAILED, signers, simple, detailed);
        }
        if (signers.stream().anyMatch(s -> s.indication() == Indication.INDETERMINATE)) {
            return new Verdict(
                    format,
                    Indication.INDETERMINATE,
                    Verdict.Reason.SIGNATURE_INDETERMINATE,
                    signers,
                    simple,
                    detailed);
        }
        return new Verdict(format, Indication.PASSED, null, signers, simple, detailed);
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(anchors.certificates());
        verifier.setCrlSource(
                new KnownThenOnlineCrls(anchors.offlineCrls(), new OnlineCRLSource(new NativeHTTPDataLoader())));
        // No OCSP and no fetching of missing certificates: a signature carries its chain, and
        // revocation is read from CRLs.
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        verifier.setCheckRevocationForUntrustedChains(false);
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
        return verifier;
    }

    /**
     * The first signature of the PDF must have signed the frozen PDF as it is, and the last one must
     * cover the whole file: an incremental change after it (a page altered, an annotation added)
     * would be shown by a viewer but signed by no one.
     */
    private static Verdict.Reason padesCoverage(
            SignedDocumentValidator validator, List<AdvancedSignature> signatures, int length, byte[] frozen) {
        AdvancedSignature first = null;
        int firstEnd = Integer.MAX_VALUE;
        int lastEnd = 0;
        for (AdvancedSignature signature : signatures) {
            if (!(signature instanceof PAdESSignature pades) || pades.getPdfRevision() == null) {
                return Verdict.Reason.NOT_SIGNED;
            }
            ByteRange range = pades.getPdfRevision().getByteRange();
            // DSS's "second part end" is the second part's length: [a, b, c, d] covers up to c + d.
            int end = range.getSecondPartStart() + range.getSecondPartEnd();
            if (end < firstEnd) {
                firstEnd = end;
                first = signature;
            }
            lastEnd = Math.max(lastEnd, end);
        }
        if (!sameContent(validator.getOriginalDocuments(first), frozen)) {
            return Verdict.Reason.NOT_THE_AGREEMENT;
        }
        return lastEnd == length ? null : Verdict.Reason.CHANGED_AFTER_SIGNING;
    }

    /** Every signature of the envelope (counter-signatures sign a signature, not the content) signs the frozen PDF. */
    private static Verdict.Reason cadesCoverage(
            SignedDocumentValidator validator, List<AdvancedSignature> signatures, byte[] frozen) {
        for (AdvancedSignature signature : signatures) {
            if (!signature.isCounterSignature() && !sameContent(validator.getOriginalDocuments(signature), frozen)) {
                return Verdict.Reason.NOT_THE_AGREEMENT;
            }
        }
        return null;
    }

    /**
     * Compared by DSS's own digest of the signed content: reading the revision's stream to the end
     * in one go stops at its first buffer (DSS 6.2).
     */
    private static boolean sameContent(List<DSSDocument> documents, byte[] frozen) {
        if (documents.size() != 1) {
            return false;
        }
        try {
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(frozen);
            return MessageDigest.isEqual(documents.get(0).getDigestValue(DigestAlgorithm.SHA256), expected);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return false;
        }
    }

    private static List<SignerReport> signers(Reports reports) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignerReport> signers = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            CertificateWrapper certificate = signature == null ? null : signature.getSigningCertificate();
            String anchor = signature == null
                    ? null
                    : signature.getCertificateChain().stream()
                            .filter(CertificateWrapper::isTrusted)
                            .map(CertificateWrapper::getCertificateDN)
                            .findFirst()
                            .orElse(null);
            Date signingTime = simple.getSigningTime(id);
            signers.add(new SignerReport(
                    id,
                    simple.getSignedBy(id),
                    signingTime == null ? null : signingTime.toInstant(),
                    certificate == null ? null : certificate.getCertificateDN(),
                    certificate == null ? null : certificate.getCertificateIssuerDN(),
                    certificate == null ? null : certificate.getSerialNumber(),
                    anchor,
                    signature != null && signature.isCounterSignature(),
                    indication(simple.getIndication(id)),
                    simple.getSubIndication(id) == null
                            ? null
                            : simple.getSubIndication(id).name(),
                    simple.getAdESValidationErrors(id).stream()
                            .map(m -> m.getValue())
                            .collect(Collectors.joining(" "))));
        }
        return signers;
    }

    private static Indication indication(eu.europa.esig.dss.enumerations.Indication indication) {
        return switch (indication) {
            case TOTAL_PASSED, PASSED -> Indication.PASSED;
            case TOTAL_FAILED, FAILED -> Indication.FAILED;
            default -> Indication.INDETERMINATE;
        };
    }

    /** A PDF, or a DER-encoded CMS envelope (a SEQUENCE); anything else is not a signed file. */
    static boolean looksSigned(byte[] file) {
        return file.length > PDF.length && (startsWith(file, PDF) || file[0] == 0x30);
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        return file.length >= prefix.length && Arrays.equals(file, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The revocation lists configured or trusted by the demo first; the distribution points' otherwise. */
    private record KnownThenOnlineCrls(ExternalResourcesCRLSource known, OnlineCRLSource online) implements CRLSource {

        @Override
        public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
            if (known != null) {
                var tokens = known.getRevocationTokens(certificate, issuer);
                if (!tokens.isEmpty()) {
                    return (CRLToken) tokens.get(0);
                }
            }
            return online.getRevocationToken(certificate, issuer);
        }
    }
}
