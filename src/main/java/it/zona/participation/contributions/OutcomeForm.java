package it.zona.participation.contributions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The office's answer to a proposal: accepted, merged (into one objective, intervention or other
 * proposal of the plan) or not accepted, with the answer or the reason.
 */
public record OutcomeForm(
        @NotNull ProposalOutcome outcome,
        Long objectiveId,
        Long interventionId,
        Long proposalId,
        @Size(max = 4000) String answer) {

    static OutcomeForm empty() {
        return new OutcomeForm(null, null, null, null, "");
    }
}
