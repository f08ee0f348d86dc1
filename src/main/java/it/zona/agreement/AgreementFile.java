package it.zona.agreement;

import it.zona.shared.Digests;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an agreement (the frozen PDF, a signed file), written once, with its SHA-256. */
@Entity
@Table(name = "agreement_file")
class AgreementFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sha256;
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected AgreementFile() {}

    AgreementFile(byte[] content) {
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = Digests.sha256Hex(content);
    }

    Long id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    byte[] content() {
        return content.clone();
    }
}
