package it.zona.agreement;

import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Accordo di Programma of a plan. Drafted (title, articles in Markdown, parties), then frozen:
 * the PDF generated at that moment is what every party signs, so nothing of it changes afterwards
 * but the parties still to sign and the bodies that adhere later. In force on the day of the last
 * required signature.
 */
@Entity
@Table(name = "program_agreement")
class ProgramAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long districtId;
    private String title;
    private String text;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private Long frozenFileId;
    private Instant frozenAt;
    private LocalDate inForceOn;
    private Instant updatedAt;

    @Version
    private long version;

    /** Versions of documents in the District's archive, in the order the PDF lists them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_attachment", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "document_id")
    private List<Long> attachments = new ArrayList<>();

    protected ProgramAgreement() {}

    ProgramAgreement(long planId, long districtId, String title, String text, Instant now) {
        this.planId = planId;
        this.districtId = districtId;
        this.status = AgreementStatus.DRAFT;
        write(title, text, now);
    }

    void write(String title, String text, Instant now) {
        requireDraft();
        this.title = title;
        this.text = text;
        this.updatedAt = now;
    }

    void freeze(AgreementFile pdf, Instant now) {
        requireDraft();
        this.frozenFileId = pdf.id();
        this.frozenAt = now;
        this.status = AgreementStatus.FROZEN;
        this.updatedAt = now;
    }

    /** Enters into force on the given day, once; a later signature does not move the date. */
    void enterIntoForce(LocalDate day, Instant now) {
        if (status == AgreementStatus.FROZEN) {
            this.status = AgreementStatus.IN_FORCE;
            this.inForceOn = day;
            this.updatedAt = now;
        }
    }

    /** Attaches an archived version while drafting; each once. */
    void attach(long documentId, Instant now) {
        requireDraft();
        if (attachments.contains(documentId)) {
            throw RuleViolationException.conflict("documentId", "error.agreement.attachedTwice");
        }
        attachments.add(documentId);
        this.updatedAt = now;
    }

    void detach(long documentId, Instant now) {
        requireDraft();
        if (!attachments.remove(Long.valueOf(documentId))) {
            throw new NotFoundException("error.agreement.noSuchAttachment", documentId);
        }
        this.updatedAt = now;
    }

    List<Long> attachments() {
        return List.copyOf(attachments);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void requireDraft() {
        if (status != AgreementStatus.DRAFT) {
            throw RuleViolationException.conflict(null, "error.agreement.frozen");
        }
    }

    void requireFrozen() {
        if (status == AgreementStatus.DRAFT) {
            throw RuleViolationException.conflict(null, "error.agreement.notFrozen");
        }
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    AgreementStatus status() {
        return status;
    }

    Long frozenFileId() {
        return frozenFileId;
    }

    Instant frozenAt() {
        return frozenAt;
    }

    LocalDate inForceOn() {
        return inForceOn;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
