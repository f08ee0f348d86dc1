package it.zona.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed file a party uploaded: the file, DSS's verdict and its reports kept as issued, and the
 * signatures found in it. Only files that did not fail are kept; an indeterminate one is kept, shown
 * with its reason, and does not count.
 */
@Entity
@Table(name = "agreement_signature")
class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long agreementId;
    private Long partyId;
    private Long fileId;
    private String fileName;

    @Enumerated(EnumType.STRING)
    private SignatureFormat format;

    @Enumerated(EnumType.STRING)
    private Indication indication;

    @Enumerated(EnumType.STRING)
    private Verdict.Reason reason;

    @Basic(fetch = FetchType.LAZY)
    private String simpleReport;

    @Basic(fetch = FetchType.LAZY)
    private String detailedReport;

    private Instant uploadedAt;
    private String uploadedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_signer", joinColumns = @JoinColumn(name = "signature_id"))
    @OrderColumn(name = "position")
    private List<Signer> signers = new ArrayList<>();

    protected Signature() {}

    Signature(
            long agreementId,
            long partyId,
            AgreementFile file,
            String fileName,
            Verdict verdict,
            Instant now,
            String uploadedBy) {
        this.agreementId = agreementId;
        this.partyId = partyId;
        this.fileId = file.id();
        this.fileName = fileName;
        this.format = verdict.format();
        this.indication = verdict.indication();
        this.reason = verdict.reason();
        this.simpleReport = verdict.simpleReport();
        this.detailedReport = verdict.detailedReport();
        this.uploadedAt = now;
        this.uploadedBy = uploadedBy;
        verdict.signers().forEach(s -> signers.add(Signer.of(s)));
    }

    boolean passed() {
        return indication == Indication.PASSED;
    }

    /** When the signer of the file signed: the latest signing time among its signatures. */
    Instant signedAt() {
        return signers.stream()
                .map(Signer::signingTime)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(uploadedAt);
    }

    Long id() {
        return id;
    }

    long agreementId() {
        return agreementId;
    }

    long partyId() {
        return partyId;
    }

    long fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    SignatureFormat format() {
        return format;
    }

    Indication indication() {
        return indication;
    }

    Verdict.Reason reason() {
        return reason;
    }

    String simpleReport() {
        return simpleReport;
    }

    String detailedReport() {
        return detailedReport;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    List<Signer> signers() {
        return List.copyOf(signers);
    }
}
