package it.zona.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A District admin's offer of a role to a username: the role exists only once the account accepts.
 * It keeps what the admin typed, never what the account holds, so that showing it to the admin
 * reveals nothing about the account.
 */
@Entity
@Table(name = "role_invitation")
class RoleInvitation {

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long districtId;
    private String username;
    private String displayName;
    private String email;

    @Enumerated(EnumType.STRING)
    private DistrictRole role;

    private Long accountId;
    private String invitedBy;
    private Instant createdAt;
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private Instant decidedAt;

    @Version
    private long version;

    protected RoleInvitation() {}

    RoleInvitation(long districtId, String username, String invitedBy) {
        this.districtId = districtId;
        this.username = username;
        this.invitedBy = invitedBy;
    }

    /** What the admin typed now replaces what they typed before, and the waiting starts again. */
    void offer(String displayName, String email, DistrictRole role, Long accountId, Instant now, Instant expiresAt) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    void decide(Status decision, Instant now) {
        this.status = decision;
        this.decidedAt = now;
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    DistrictRole role() {
        return role;
    }

    Long accountId() {
        return accountId;
    }

    String invitedBy() {
        return invitedBy;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Status status() {
        return status;
    }
}
