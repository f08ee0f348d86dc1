package it.zona.participation.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** An answer a proposal had before it was reopened, and why it was reopened: nothing is lost. */
@Embeddable
public record PastAnswer(
        @Enumerated(EnumType.STRING) @Column(name = "outcome")
        ProposalOutcome outcome,

        @Column(name = "target_title") String targetTitle,
        @Column(name = "answer") String answer,
        @Column(name = "answered_at") Instant answeredAt,
        @Column(name = "reopened_on") LocalDate reopenedOn,
        @Column(name = "reopen_reason") String reopenReason) {}
