package it.zona.spending.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A CSV export uploaded for a plan: kept while it is mapped and previewed, then imported once. */
@Entity
@Table(name = "spending_import")
class SpendingImport {

    static final String STAGED = "STAGED";
    static final String IMPORTED = "IMPORTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long districtId;
    private long planId;
    private String fileName;
    private String sha256;
    private long sizeBytes;
    private byte[] content;
    private String status;
    private Instant uploadedAt;
    private String uploadedBy;
    private String mapping;
    private Integer importedRows;
    private Integer presentRows;
    private Instant importedAt;
    private String importedBy;

    @Version
    private long version;

    protected SpendingImport() {}

    SpendingImport(
            long districtId, long planId, String fileName, String sha256, byte[] content, Instant at, String by) {
        this.districtId = districtId;
        this.planId = planId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.content = content;
        this.status = STAGED;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    void imported(String mapping, int rows, int present, Instant at, String by) {
        this.status = IMPORTED;
        this.mapping = mapping;
        this.importedRows = rows;
        this.presentRows = present;
        this.importedAt = at;
        this.importedBy = by;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    long planId() {
        return planId;
    }

    String fileName() {
        return fileName;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content;
    }

    boolean isImported() {
        return IMPORTED.equals(status);
    }

    Instant importedAt() {
        return importedAt;
    }

    String importedBy() {
        return importedBy;
    }

    String mapping() {
        return mapping;
    }

    Integer importedRows() {
        return importedRows;
    }

    Integer presentRows() {
        return presentRows;
    }
}
