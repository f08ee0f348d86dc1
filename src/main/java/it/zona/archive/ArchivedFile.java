package it.zona.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The exact bytes of an archived version, read only when they are downloaded. */
@Entity
@Immutable
@Table(name = "archived_file")
class ArchivedFile {

    @Id
    private Long documentId;

    private byte[] content;

    protected ArchivedFile() {}

    ArchivedFile(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
