package it.zona.sitting;

import java.util.List;

/** A body's quorum and majority rules; {@code standard} when the body has none of its own yet. */
public record QuorumRulesView(
        long governingBodyId,
        boolean standard,
        Share firstCallMembers,
        Share firstCallPopulation,
        Share secondCallMembers,
        Share secondCallPopulation,
        Share majority,
        WeightBasis majorityBasis,
        boolean abstentionsCounted,
        List<ShareView> agreedShares,
        long version) {

    public record ShareView(String municipality, String municipalityName, int share) {}
}
