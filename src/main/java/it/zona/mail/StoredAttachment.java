package it.zona.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment as the outbox keeps it until the mail is sent and forgotten. */
@Embeddable
record StoredAttachment(
        @Column(name = "file_name") String fileName,
        @Column(name = "content_type") String contentType,
        @Column(name = "content") byte[] content) {

    static StoredAttachment of(Attachment attachment) {
        return new StoredAttachment(attachment.fileName(), attachment.contentType(), attachment.content());
    }

    Attachment attachment() {
        return new Attachment(fileName, contentType, content);
    }
}
