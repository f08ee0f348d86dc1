package it.zona.document;

import it.zona.plan.PlanStage;
import it.zona.shared.Digests;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A frozen official version: the exact bytes of the PDF/A as they were written, with their
 * SHA-256. Immutable here, and append-only in the database.
 */
@Entity
@Immutable
@Table(name = "official_document")
class OfficialDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long districtId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String title;
    private String fileName;

    @Enumerated(EnumType.STRING)
    private PlanStage planStage;

    private LocalDate frozenOn;
    private Instant frozenAt;
    private String frozenBy;
    private String act;

    /** Set on a year's programme only. */
    @Embedded
    private ProgrammeApproval approval;

    private String sha256;
    private long sizeBytes;
    private byte[] content;

    protected OfficialDocument() {}

    OfficialDocument(
            long planId,
            long districtId,
            DocumentKind kind,
            String title,
            String fileName,
            PlanStage planStage,
            Instant frozenAt,
            LocalDate frozenOn,
            String frozenBy,
            String act,
            ProgrammeApproval approval,
            byte[] content) {
        this.planId = planId;
        this.districtId = districtId;
        this.kind = kind;
        this.title = title;
        this.fileName = fileName;
        this.planStage = planStage;
        this.frozenAt = frozenAt;
        this.frozenOn = frozenOn;
        this.frozenBy = frozenBy;
        this.act = act == null || act.isBlank() ? null : act.strip();
        this.approval = approval;
        this.content = content.clone();
        this.sha256 = Digests.sha256Hex(content);
        this.sizeBytes = content.length;
    }

    long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long districtId() {
        return districtId;
    }

    byte[] content() {
        return content.clone();
    }

    OfficialDocumentView view() {
        return new OfficialDocumentView(
                id,
                planId,
                kind,
                title,
                fileName,
                planStage,
                frozenOn,
                frozenAt,
                frozenBy,
                act,
                approval == null ? null : approval.actLink(),
                approval == null ? null : approval.year(),
                approval == null ? null : approval.approvedOn(),
                sha256,
                sizeBytes);
    }
}
