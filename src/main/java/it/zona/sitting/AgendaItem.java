package it.zona.sitting;

import it.zona.plan.PlanStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An item of a sitting's agenda (punto all'ordine del giorno): its title, the text proposed for
 * resolution (Markdown), the earlier resolution it would amend or revoke, what it decides on for a
 * plan ({@link PlanTie}), and once voted the outcome with the tally as it was counted then, so that
 * a later change of the rules rewrites no history.
 */
@Embeddable
record AgendaItem(
        @Column(name = "title") String title,
        @Column(name = "proposal") String proposal,
        @Column(name = "affects_resolution") Long affectsResolution,

        @Enumerated(EnumType.STRING) @Column(name = "effect")
        Effect effect,

        @Column(name = "plan_id") Long planId,

        @Enumerated(EnumType.STRING) @Column(name = "plan_stage")
        PlanStage planStage,

        @Column(name = "programme_year") Integer programmeYear,

        @Enumerated(EnumType.STRING) @Column(name = "outcome")
        Outcome outcome,

        @Enumerated(EnumType.STRING) @Column(name = "tally_basis")
        WeightBasis tallyBasis,

        @Enumerated(EnumType.STRING) @Column(name = "tally_majority")
        Share tallyMajority,

        @Column(name = "tally_abstentions") Boolean tallyAbstentions,
        @Column(name = "tally_in_favour") Long tallyInFavour,
        @Column(name = "tally_against") Long tallyAgainst,
        @Column(name = "tally_abstained") Long tallyAbstained,
        @Column(name = "tally_base") Long tallyBase) {

    static AgendaItem proposed(String title, String proposal, Long affectsResolution, Effect effect, PlanTie tie) {
        return new AgendaItem(
                title,
                proposal,
                affectsResolution,
                effect,
                tie == null ? null : tie.planId(),
                tie == null ? null : tie.stage(),
                tie == null ? null : tie.year(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    AgendaItem decided(Tally tally) {
        return new AgendaItem(
                title,
                proposal,
                affectsResolution,
                effect,
                planId,
                planStage,
                programmeYear,
                tally.approved() ? Outcome.APPROVED : Outcome.REJECTED,
                tally.basis(),
                tally.majority(),
                tally.abstentionsCounted(),
                tally.inFavour(),
                tally.against(),
                tally.abstained(),
                tally.base());
    }

    /** What the item decides on for a plan; null if nothing. */
    PlanTie tie() {
        return PlanTie.of(planId, planStage, programmeYear);
    }

    boolean isDecided() {
        return outcome != null;
    }

    Tally tally() {
        return outcome == null
                ? null
                : new Tally(
                        tallyBasis,
                        tallyMajority,
                        tallyAbstentions,
                        tallyInFavour,
                        tallyAgainst,
                        tallyAbstained,
                        tallyBase,
                        outcome == Outcome.APPROVED);
    }
}
