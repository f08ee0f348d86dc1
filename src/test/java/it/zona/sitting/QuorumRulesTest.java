package it.zona.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuorumRulesTest {

    private static final Seat BIG = new Seat(1, "Sindaca di Grande", "075001", "Grande", 6000);
    private static final Seat MID = new Seat(2, "Sindaco di Medio", "075002", "Medio", 2500);
    private static final Seat SMALL = new Seat(3, "Sindaco di Piccolo", "075003", "Piccolo", 1000);
    private static final Seat TINY = new Seat(4, "Sindaca di Minimo", "075004", "Minimo", 500);
    private static final Seat HEALTH = new Seat(5, "Direttore del distretto", null, null, 0);
    private static final List<Seat> SEATS = List.of(BIG, MID, SMALL, TINY, HEALTH);
    private static final long POPULATION = 10_000;

    private static QuorumRules rules() {
        return QuorumRules.standard(1, 1);
    }

    private static QuorumRules byPopulation(Share firstCallPopulation) {
        QuorumRules rules = rules();
        rules.change(
                Share.MORE_THAN_HALF,
                firstCallPopulation,
                Share.AT_LEAST_ONE_THIRD,
                Share.NONE,
                Share.MORE_THAN_HALF,
                WeightBasis.POPULATION,
                false,
                Map.of());
        return rules;
    }

    @Test
    void sharesAreComparedExactly() {
        assertThat(Share.MORE_THAN_HALF.reachedBy(2, 4)).isFalse();
        assertThat(Share.MORE_THAN_HALF.reachedBy(3, 5)).isTrue();
        assertThat(Share.AT_LEAST_HALF.reachedBy(2, 4)).isTrue();
        assertThat(Share.AT_LEAST_HALF.reachedBy(1, 3)).isFalse();
        assertThat(Share.AT_LEAST_ONE_THIRD.reachedBy(1, 3)).isTrue();
        assertThat(Share.AT_LEAST_ONE_THIRD.reachedBy(1, 4)).isFalse();
        assertThat(Share.AT_LEAST_TWO_THIRDS.reachedBy(2, 3)).isTrue();
        assertThat(Share.AT_LEAST_TWO_THIRDS.reachedBy(3, 5)).isFalse();
        assertThat(Share.NONE.reachedBy(0, 0)).isTrue();
        assertThat(Share.AT_LEAST_HALF.reachedBy(0, 0))
                .as("nothing is half of nothing")
                .isFalse();
    }

    @Test
    void aMajorityOfMembersConstitutesTheFirstCallAndDelegatesCount() {
        QuorumCheck two = rules().quorum(Call.FIRST, SEATS, List.of(1L, 2L), POPULATION);
        assertThat(two.present()).isEqualTo(2);
        assertThat(two.reached()).isFalse();
        QuorumCheck three = rules().quorum(Call.FIRST, SEATS, List.of(1L, 2L, 5L), POPULATION);
        assertThat(three.reached()).isTrue();
        assertThat(three.membersReached()).isTrue();
    }

    @Test
    void theSecondCallAsksLess() {
        List<Long> two = List.of(3L, 4L);
        assertThat(rules().quorum(Call.FIRST, SEATS, two, POPULATION).reached()).isFalse();
        assertThat(rules().quorum(Call.SECOND, SEATS, two, POPULATION).reached())
                .isTrue();
        assertThat(rules().quorum(Call.SECOND, SEATS, List.of(4L), POPULATION).reached())
                .isFalse();
    }

    @Test
    void aMajorityOfMembersRepresentingHalfThePopulation() {
        QuorumRules rules = byPopulation(Share.AT_LEAST_HALF);
        // Three of five members, but 4,000 of 10,000 residents.
        QuorumCheck small = rules.quorum(Call.FIRST, SEATS, List.of(2L, 3L, 4L), POPULATION);
        assertThat(small.membersReached()).isTrue();
        assertThat(small.presentPopulation()).isEqualTo(4000);
        assertThat(small.populationReached()).isFalse();
        assertThat(small.reached()).isFalse();
        // Exactly half the population is at least half.
        QuorumCheck half = rules.quorum(Call.FIRST, SEATS, List.of(2L, 3L, 4L, 5L), 8000);
        assertThat(half.presentPopulation()).isEqualTo(4000);
        assertThat(half.reached()).isTrue();
        assertThat(byPopulation(Share.MORE_THAN_HALF)
                        .quorum(Call.FIRST, SEATS, List.of(2L, 3L, 4L, 5L), 8000)
                        .reached())
                .isFalse();
    }

    @Test
    void aMunicipalityWithTwoPeopleSeatedCountsOnce() {
        Seat deputy = new Seat(6, "Vicesindaco di Grande", "075001", "Grande", 6000);
        QuorumCheck check = byPopulation(Share.AT_LEAST_HALF)
                .quorum(Call.FIRST, List.of(BIG, deputy, MID, SMALL), List.of(1L, 6L), POPULATION);
        assertThat(check.presentPopulation()).isEqualTo(6000);
    }

    @Test
    void aTieIsNoMajority() {
        Map<Seat, Choice> votes = new LinkedHashMap<>();
        votes.put(BIG, Choice.IN_FAVOUR);
        votes.put(MID, Choice.AGAINST);
        Tally tally = rules().tally(votes);
        assertThat(tally.inFavour()).isEqualTo(1);
        assertThat(tally.against()).isEqualTo(1);
        assertThat(tally.approved()).isFalse();
    }

    @Test
    void abstentionsCountOnlyWhereTheRulesSaySo() {
        Map<Seat, Choice> votes = new LinkedHashMap<>();
        votes.put(BIG, Choice.IN_FAVOUR);
        votes.put(MID, Choice.IN_FAVOUR);
        votes.put(SMALL, Choice.AGAINST);
        votes.put(TINY, Choice.ABSTAINED);
        votes.put(HEALTH, Choice.ABSTAINED);
        Tally notCounted = rules().tally(votes);
        assertThat(notCounted.base()).isEqualTo(3);
        assertThat(notCounted.approved()).isTrue();

        QuorumRules counting = rules();
        counting.change(
                Share.MORE_THAN_HALF,
                Share.NONE,
                Share.AT_LEAST_ONE_THIRD,
                Share.NONE,
                Share.MORE_THAN_HALF,
                WeightBasis.HEADCOUNT,
                true,
                Map.of());
        Tally counted = counting.tally(votes);
        assertThat(counted.base()).isEqualTo(5);
        assertThat(counted.approved()).as("2 of 5 is no majority").isFalse();
    }

    @Test
    void aVoteWeightedByPopulationCanOutweighTheHeads() {
        Map<Seat, Choice> votes = new LinkedHashMap<>();
        votes.put(BIG, Choice.IN_FAVOUR);
        votes.put(MID, Choice.AGAINST);
        votes.put(SMALL, Choice.AGAINST);
        votes.put(TINY, Choice.AGAINST);
        votes.put(HEALTH, Choice.AGAINST);
        assertThat(rules().tally(votes).approved()).as("one head of five").isFalse();
        Tally weighted = byPopulation(Share.NONE).tally(votes);
        assertThat(weighted.inFavour()).isEqualTo(6000);
        assertThat(weighted.against())
                .as("a member for no municipality weighs nothing")
                .isEqualTo(4000);
        assertThat(weighted.approved()).isTrue();
    }

    @Test
    void agreedSharesWeighByMunicipalityAndUnlistedOnesWeighNothing() {
        QuorumRules rules = rules();
        rules.change(
                Share.MORE_THAN_HALF,
                Share.NONE,
                Share.AT_LEAST_ONE_THIRD,
                Share.NONE,
                Share.AT_LEAST_TWO_THIRDS,
                WeightBasis.AGREED_SHARES,
                false,
                Map.of("075001", 40, "075002", 30, "075003", 20));
        Map<Seat, Choice> votes = new LinkedHashMap<>();
        votes.put(BIG, Choice.IN_FAVOUR);
        votes.put(MID, Choice.IN_FAVOUR);
        votes.put(SMALL, Choice.AGAINST);
        votes.put(TINY, Choice.AGAINST);
        Tally tally = rules.tally(votes);
        assertThat(tally.inFavour()).isEqualTo(70);
        assertThat(tally.against()).isEqualTo(20);
        assertThat(tally.approved()).as("70 of 90 is at least two thirds").isTrue();
    }

    @Test
    void noVoteInFavourApprovesNothingEvenWithoutRequirement() {
        QuorumRules rules = rules();
        rules.change(
                Share.NONE, Share.NONE, Share.NONE, Share.NONE, Share.NONE, WeightBasis.HEADCOUNT, false, Map.of());
        assertThat(rules.tally(Map.of(BIG, Choice.ABSTAINED)).approved()).isFalse();
        assertThat(rules.tally(Map.of()).approved()).isFalse();
    }
}
