package it.zona.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a plan's iter: the act that decided it, on which day, and who recorded it when. */
@Embeddable
public record Transition(
        @Enumerated(EnumType.STRING) @Column(name = "from_stage")
        PlanStage from,

        @Enumerated(EnumType.STRING) @Column(name = "to_stage")
        PlanStage to,

        @Column(name = "decided_on") LocalDate decidedOn,
        @Column(name = "act") String act,
        @Column(name = "recorded_by") String recordedBy,
        @Column(name = "recorded_at") Instant recordedAt) {}
