package it.zona.sitting;

import it.zona.shared.Digests;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resolution's PDF/A, written once when it was adopted. */
@Entity
@Table(name = "resolution_document")
class ResolutionDocument {

    @Id
    private Long resolutionId;

    private String sha256;
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected ResolutionDocument() {}

    ResolutionDocument(long resolutionId, byte[] content) {
        this.resolutionId = resolutionId;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = Digests.sha256Hex(content);
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content.clone();
    }
}
