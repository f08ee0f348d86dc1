package it.zona.participation.calls;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The office gave a call a new deadline: when, who, and from which deadline to which. */
@Embeddable
public record Reopening(Instant previousDeadline, Instant newDeadline, Instant reopenedAt, String reopenedBy) {}
