package it.zona.archive;

import it.zona.shared.Digests;
import it.zona.shared.OfficialDocumentIssued.Kind;
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
 * One version of an official document as the archive keeps it: what it is, whose, when it was
 * issued, and the SHA-256 and size of its bytes (kept apart, in {@link ArchivedFile}, so that lists
 * never read them). Immutable here, and append-only in the database.
 */
@Entity
@Immutable
@Table(name = "archived_document")
class ArchivedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long districtId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String series;
    private int version;
    private String title;
    private Long governingBodyId;
    private Long planId;
    private boolean publicWithPlan;
    private LocalDate issuedOn;
    private int issuedYear;
    private String act;
    private String page;
    private String fileName;
    private String mediaType;
    private String sha256;
    private long sizeBytes;
    private Instant archivedAt;
    private String archivedBy;

    protected ArchivedDocument() {}

    ArchivedDocument(Description description, String series, int version, byte[] content, Instant now, String by) {
        this.districtId = description.districtId();
        this.kind = description.kind();
        this.series = series;
        this.version = version;
        this.title = description.title();
        this.governingBodyId = description.governingBodyId();
        this.planId = description.planId();
        this.publicWithPlan = description.publicWithPlan();
        this.issuedOn = description.issuedOn();
        this.issuedYear = description.issuedOn().getYear();
        this.act = description.act();
        this.page = description.page();
        this.fileName = description.fileName();
        this.mediaType = description.mediaType();
        this.sha256 = Digests.sha256Hex(content);
        this.sizeBytes = content.length;
        this.archivedAt = now;
        this.archivedBy = by;
    }

    /** What is said of a document when it is archived. */
    record Description(
            long districtId,
            Kind kind,
            String title,
            Long governingBodyId,
            Long planId,
            boolean publicWithPlan,
            LocalDate issuedOn,
            String act,
            String page,
            String fileName,
            String mediaType) {}

    long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    String series() {
        return series;
    }

    Long planId() {
        return planId;
    }

    boolean publicWithPlan() {
        return publicWithPlan;
    }

    Long governingBodyId() {
        return governingBodyId;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    String sha256() {
        return sha256;
    }

    OfficialDocumentRef reference() {
        return new OfficialDocumentRef(id, kind, title, version, issuedOn, fileName, sha256, sizeBytes);
    }

    ArchivedDocumentView view(String bodyName) {
        return new ArchivedDocumentView(
                id,
                kind,
                version,
                title,
                governingBodyId == null ? null : new ArchivedDocumentView.IssuingBody(governingBodyId, bodyName),
                planId,
                issuedOn,
                act,
                page,
                fileName,
                mediaType,
                sha256,
                sizeBytes,
                archivedAt);
    }
}
