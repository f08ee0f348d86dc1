package it.zona.participation.contributions;

/**
 * What became of a proposal. OPEN until the office answers it; the others are final: adopted as an
 * objective or an intervention of the plan, accepted, merged into an objective, an intervention or
 * another proposal, or not accepted (always with a reason).
 */
public enum ProposalOutcome {
    OPEN,
    ADOPTED_AS_OBJECTIVE,
    ADOPTED_AS_INTERVENTION,
    ACCEPTED,
    MERGED,
    NOT_ACCEPTED;

    /** The outcomes given by an answer; the adoptions go through the plan's own forms. */
    public boolean isAnswer() {
        return this == ACCEPTED || this == MERGED || this == NOT_ACCEPTED;
    }
}
