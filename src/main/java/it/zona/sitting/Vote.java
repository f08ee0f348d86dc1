package it.zona.sitting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member's vote on an agenda item (numbered from 1), with the weight it had when cast. */
@Embeddable
record Vote(
        @Column(name = "item_number") int itemNumber,
        @Column(name = "person_id") Long personId,

        @Enumerated(EnumType.STRING) @Column(name = "choice")
        Choice choice,

        @Column(name = "weight") long weight) {}
