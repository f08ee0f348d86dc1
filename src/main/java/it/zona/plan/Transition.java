package it.zona.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a plan's iter: the act that decided it, on which day, and who recorded it when. An act
 * Zona holds has its {@code actLink}; an act without one was taken outside Zona (a regional decree)
 * and is only named.
 */
@Embeddable
public record Transition(
        @Enumerated(EnumType.STRING) @Column(name = "from_stage")
        PlanStage from,

        @Enumerated(EnumType.STRING) @Column(name = "to_stage")
        PlanStage to,

        @Column(name = "decided_on") LocalDate decidedOn,
        @Column(name = "act") String act,
        @Column(name = "act_link") String actLink,
        @Column(name = "recorded_by") String recordedBy,
        @Column(name = "recorded_at") Instant recordedAt) {

    /** Whether the act was taken outside Zona, and so is only named. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public boolean external() {
        return act != null && actLink == null;
    }
}
