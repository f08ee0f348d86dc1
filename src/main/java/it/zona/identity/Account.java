package it.zona.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean platformAdmin;
    private boolean enabled = true;
    private boolean passwordChangeRequired;
    private boolean emailConfirmed;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "district_membership", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "district_id")
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Map<Long, DistrictRole> roles = new HashMap<>();

    protected Account() {}

    Account(String username, String displayName, String email, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    /** An account whose password someone else chose: its owner must change it at the first sign-in. */
    static Account withTemporaryPassword(String username, String displayName, String email, String passwordHash) {
        Account account = new Account(username, displayName, email, passwordHash);
        account.passwordChangeRequired = true;
        return account;
    }

    /**
     * A representative's account: its first password goes only to {@code email}, so whoever signs in
     * reads that mailbox, and the address can stand for the person at the tables.
     */
    static Account forRepresentative(String username, String displayName, String email, String passwordHash) {
        Account account = withTemporaryPassword(username, displayName, email, passwordHash);
        account.emailConfirmed = true;
        return account;
    }

    Optional<DistrictRole> roleIn(long districtId) {
        return Optional.ofNullable(roles.get(districtId));
    }

    void grant(long districtId, DistrictRole role) {
        roles.put(districtId, role);
    }

    void revoke(long districtId) {
        roles.remove(districtId);
    }

    void changePassword(String newHash, boolean mustChangeAgain) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = mustChangeAgain;
    }

    void makePlatformAdmin() {
        this.platformAdmin = true;
    }

    Long id() {
        return id;
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

    /** The e-mail address, when it is proven to be the account holder's. */
    Optional<String> confirmedEmail() {
        return emailConfirmed && email != null ? Optional.of(email) : Optional.empty();
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isPlatformAdmin() {
        return platformAdmin;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    Map<Long, DistrictRole> roles() {
        return Map.copyOf(roles);
    }
}
