package it.zona.audit;

import it.zona.shared.EntityChanged;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded change, as read: {@link AuditChain} writes them. Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private Long districtId;
    private String entityType;
    private String entityId;

    @Enumerated(EnumType.STRING)
    private EntityChanged.Action action;

    private String reason;
    private String beforeState;
    private String afterState;

    protected AuditEntry() {}

    /** An example for filtering: the fields left null match anything. */
    static AuditEntry filter(Long districtId, String entityType, String actor) {
        AuditEntry probe = new AuditEntry();
        probe.districtId = districtId;
        probe.entityType = entityType;
        probe.actor = actor;
        return probe;
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    EntityChanged.Action action() {
        return action;
    }

    String reason() {
        return reason;
    }

    String beforeState() {
        return beforeState;
    }

    String afterState() {
        return afterState;
    }
}
