package it.zona.sitting.minutes;

import it.zona.shared.Digests;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The approved minutes' PDF/A, written once at approval and kept byte for byte. */
@Entity
@Table(name = "sitting_minutes_document")
class MinutesDocument {

    @Id
    private Long sittingId;

    private String sha256;
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected MinutesDocument() {}

    MinutesDocument(long sittingId, byte[] content) {
        this.sittingId = sittingId;
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
