package it.zona.sitting;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            this.sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content.clone();
    }
}
