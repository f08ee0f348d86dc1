package it.zona.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A service's access criteria and ISEE bands as stored: the JSON of each, null where the service
 * has none. Its id is the service's.
 */
@Entity
@Table(name = "service_access_criteria")
class StoredCriteria {

    @Id
    private Long serviceId;

    private String criteria;
    private String bands;
    private Instant updatedAt;

    /** Null until first stored, which is how Spring Data tells a new row from a changed one. */
    @Version
    private Long version;

    protected StoredCriteria() {}

    StoredCriteria(long serviceId, String criteria, String bands, Instant now) {
        this.serviceId = serviceId;
        this.criteria = criteria;
        this.bands = bands;
        this.updatedAt = stored(now);
    }

    void replace(String criteria, String bands, Instant now) {
        this.criteria = criteria;
        this.bands = bands;
        this.updatedAt = stored(now);
    }

    /** The database keeps microseconds: what a change answers is what a read will. */
    private static Instant stored(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    long serviceId() {
        return serviceId;
    }

    String criteria() {
        return criteria;
    }

    String bands() {
        return bands;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The version clients read: one more than the row's, which starts at 0, so that 0 is the version
     * of criteria never written and the first writing expects it.
     */
    long version() {
        return version + 1;
    }
}
