package it.zona.participation.tables;

import it.zona.programme.Named;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * An organisation's seat at a table over a stretch of time, with the representative and substitute
 * it named. Rows are not rewritten: a new representative ends this row and starts another.
 */
@Entity
@Table(name = "table_member")
class TableMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long tableId;
    private Long organizationId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "representative_name")),
        @AttributeOverride(name = "role", column = @Column(name = "representative_role")),
        @AttributeOverride(name = "email", column = @Column(name = "representative_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "representative_phone"))
    })
    private Representative representative;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "substitute_name")),
        @AttributeOverride(name = "role", column = @Column(name = "substitute_role")),
        @AttributeOverride(name = "email", column = @Column(name = "substitute_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "substitute_phone"))
    })
    private Representative substitute;

    private LocalDate joinedOn;
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    private MembershipEnd endReason;

    private Long nominationId;

    @Version
    private long version;

    protected TableMember() {}

    TableMember(
            long tableId,
            long organizationId,
            Representative representative,
            Representative substitute,
            LocalDate joinedOn,
            Long nominationId) {
        this.tableId = tableId;
        this.organizationId = organizationId;
        this.representative = representative;
        this.substitute = substitute;
        this.joinedOn = joinedOn;
        this.nominationId = nominationId;
    }

    void end(LocalDate on, MembershipEnd reason) {
        this.leftOn = on;
        this.endReason = reason;
    }

    boolean isActive() {
        return leftOn == null;
    }

    TableMemberView view(String organizationName) {
        return new TableMemberView(
                id,
                tableId,
                new Named(organizationId, organizationName),
                representative,
                substitute,
                joinedOn,
                leftOn,
                endReason,
                nominationId,
                version);
    }

    Long id() {
        return id;
    }

    long tableId() {
        return tableId;
    }

    long organizationId() {
        return organizationId;
    }

    Representative representative() {
        return representative;
    }

    Representative substitute() {
        return substitute;
    }

    long version() {
        return version;
    }
}
