package it.zona.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A party's personal link: the hash of its token, where and when it was sent, until when it works.
 * A party has one at most; a new one replaces the token, so the earlier link stops working.
 */
@Entity
@Table(name = "agreement_party_link")
class PartyLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long partyId;
    private String tokenHash;
    private String sentTo;
    private Instant sentAt;
    private String sentBy;
    private Instant expiresAt;

    protected PartyLink() {}

    PartyLink(long partyId) {
        this.partyId = partyId;
    }

    void send(String tokenHash, String sentTo, Instant now, String sentBy, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.sentTo = sentTo;
        this.sentAt = now;
        this.sentBy = sentBy;
        this.expiresAt = expiresAt;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    long partyId() {
        return partyId;
    }

    String sentTo() {
        return sentTo;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
