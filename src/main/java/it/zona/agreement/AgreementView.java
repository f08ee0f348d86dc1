package it.zona.agreement;

import it.zona.archive.OfficialDocumentRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as everyone may read it once its plan is public: text, status, the frozen PDF's
 * SHA-256, the parties with who signed when, the attachments (archived versions, with their
 * SHA-256), and the trust anchors signatures are checked against.
 */
public record AgreementView(
        long id,
        long planId,
        String title,
        String text,
        AgreementStatus status,
        Instant frozenAt,
        String frozenSha256,
        LocalDate inForceOn,
        List<PartyView> parties,
        List<OfficialDocumentRef> attachments,
        List<String> trustAnchors,
        long version) {

    public record PartyView(
            long id,
            OrganizationRef organization,
            PartyKind kind,
            String signatoryName,
            String signatoryRole,
            String empoweringAct,
            boolean signatureRequired,
            Instant signedAt,
            List<SignatureView> signatures,
            long version) {}

    public record OrganizationRef(long id, String name) {}

    public record SignatureView(
            long id,
            String fileName,
            SignatureFormat format,
            Indication indication,
            Verdict.Reason reason,
            Instant uploadedAt,
            List<SignerView> signers) {}

    public record SignerView(
            String signedBy,
            Instant signingTime,
            String certificateSubject,
            String certificateIssuer,
            String certificateSerial,
            String trustAnchor,
            boolean counterSignature,
            Indication indication,
            String subIndication,
            String errors) {}
}
