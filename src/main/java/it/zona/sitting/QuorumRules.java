package it.zona.sitting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A governing body's rules for its sittings: the constitutive quorum at first and second call, by
 * headcount and optionally by the population the members present represent, and the deliberative
 * majority, by headcount or weighted. A body without rules of its own follows {@link #standard},
 * the common statute: a majority of members at first call, a third at second, a majority of the
 * votes cast.
 */
@Entity
@Table(name = "quorum_rules")
class QuorumRules {

    @Id
    private Long governingBodyId;

    private Long districtId;

    @Enumerated(EnumType.STRING)
    private Share firstCallMembers;

    @Enumerated(EnumType.STRING)
    private Share firstCallPopulation;

    @Enumerated(EnumType.STRING)
    private Share secondCallMembers;

    @Enumerated(EnumType.STRING)
    private Share secondCallPopulation;

    @Enumerated(EnumType.STRING)
    private Share majority;

    @Enumerated(EnumType.STRING)
    private WeightBasis majorityBasis;

    private boolean abstentionsCounted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quorum_share", joinColumns = @JoinColumn(name = "governing_body_id"))
    @MapKeyColumn(name = "municipality")
    @Column(name = "share")
    private Map<String, Integer> agreedShares = new TreeMap<>();

    @Version
    private long version;

    protected QuorumRules() {}

    QuorumRules(long governingBodyId, long districtId) {
        this.governingBodyId = governingBodyId;
        this.districtId = districtId;
        change(
                Share.MORE_THAN_HALF,
                Share.NONE,
                Share.AT_LEAST_ONE_THIRD,
                Share.NONE,
                Share.MORE_THAN_HALF,
                WeightBasis.HEADCOUNT,
                false,
                Map.of());
    }

    static QuorumRules standard(long governingBodyId, long districtId) {
        return new QuorumRules(governingBodyId, districtId);
    }

    void change(
            Share firstCallMembers,
            Share firstCallPopulation,
            Share secondCallMembers,
            Share secondCallPopulation,
            Share majority,
            WeightBasis majorityBasis,
            boolean abstentionsCounted,
            Map<String, Integer> agreedShares) {
        this.firstCallMembers = firstCallMembers;
        this.firstCallPopulation = firstCallPopulation;
        this.secondCallMembers = secondCallMembers;
        this.secondCallPopulation = secondCallPopulation;
        this.majority = majority;
        this.majorityBasis = majorityBasis;
        this.abstentionsCounted = abstentionsCounted;
        this.agreedShares.clear();
        this.agreedShares.putAll(agreedShares);
    }

    /** The quorum at a call, given who of the seats attends (in person or by delegate). */
    QuorumCheck quorum(Call call, List<Seat> seats, Collection<Long> attending, long districtPopulation) {
        Set<Long> present = new HashSet<>(attending);
        Share members = call == Call.FIRST ? firstCallMembers : secondCallMembers;
        Share population = call == Call.FIRST ? firstCallPopulation : secondCallPopulation;
        List<Seat> presentSeats =
                seats.stream().filter(s -> present.contains(s.personId())).toList();
        // A municipality counts once however many of its people sit.
        Map<String, Long> represented = new TreeMap<>();
        for (Seat seat : presentSeats) {
            if (seat.municipality() != null) {
                represented.put(seat.municipality(), seat.population());
            }
        }
        long presentPopulation =
                represented.values().stream().mapToLong(Long::longValue).sum();
        return new QuorumCheck(
                call,
                seats.size(),
                presentSeats.size(),
                members,
                members.reachedBy(presentSeats.size(), seats.size()),
                districtPopulation,
                presentPopulation,
                population,
                population.reachedBy(presentPopulation, districtPopulation));
    }

    /** The outcome of the votes cast, each by the seat that cast it. */
    Tally tally(Map<Seat, Choice> votes) {
        long inFavour = 0;
        long against = 0;
        long abstained = 0;
        for (Map.Entry<Seat, Choice> vote : votes.entrySet()) {
            long weight = weight(vote.getKey());
            switch (vote.getValue()) {
                case IN_FAVOUR -> inFavour += weight;
                case AGAINST -> against += weight;
                case ABSTAINED -> abstained += weight;
            }
        }
        long base = inFavour + against + (abstentionsCounted ? abstained : 0);
        boolean approved = inFavour > 0 && majority.reachedBy(inFavour, base);
        return new Tally(majorityBasis, majority, abstentionsCounted, inFavour, against, abstained, base, approved);
    }

    long weight(Seat seat) {
        return switch (majorityBasis) {
            case HEADCOUNT -> 1;
            case POPULATION -> seat.population();
            case AGREED_SHARES -> seat.municipality() == null ? 0 : agreedShares.getOrDefault(seat.municipality(), 0);
        };
    }

    Long governingBodyId() {
        return governingBodyId;
    }

    long districtId() {
        return districtId;
    }

    Share firstCallMembers() {
        return firstCallMembers;
    }

    Share firstCallPopulation() {
        return firstCallPopulation;
    }

    Share secondCallMembers() {
        return secondCallMembers;
    }

    Share secondCallPopulation() {
        return secondCallPopulation;
    }

    Share majority() {
        return majority;
    }

    WeightBasis majorityBasis() {
        return majorityBasis;
    }

    boolean abstentionsCounted() {
        return abstentionsCounted;
    }

    Map<String, Integer> agreedShares() {
        return Map.copyOf(agreedShares);
    }

    long version() {
        return version;
    }
}
