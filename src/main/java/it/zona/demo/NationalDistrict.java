package it.zona.demo;

import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationType;
import it.zona.programme.InterventionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One District of the national data set while it is written: where it is in the layout, its own
 * random numbers (drawn in one fixed order, so that the same seed writes the same District), and
 * what has been written so far, in the order it was written.
 */
final class NationalDistrict {

    /** The plan's period: the generated plans all run over these three years. */
    static final int FIRST_YEAR = 2025;

    static final int LAST_YEAR = 2027;

    /**
     * Every date of the data set is counted from this day, never from the clock: the plans are
     * launched in the autumn before their first year.
     */
    static final LocalDate REFERENCE = LocalDate.of(2024, 9, 2);

    /**
     * The last day any generated act, seat or meeting can fall on; the rules refuse acts and held
     * meetings in the future, so the generator runs only once this day is past.
     */
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** One of the District's organisations, as written. */
    record Body(long id, OrganizationType type, String name, String municipality) {}

    /** One of the plan's interventions, as written: what its budget is drawn from. */
    record Funded(long id, NationalNames.Area area, InterventionType type, int firstYear, int lastYear) {}

    final NationalLayout.District layout;
    final Random random;
    final List<Body> bodies = new ArrayList<>();
    final List<Long> liaisons = new ArrayList<>();
    final Map<String, Long> areaIds = new HashMap<>();
    final List<Funded> interventions = new ArrayList<>();
    long districtId;
    long coordinator;
    long planId;

    NationalDistrict(NationalLayout.District layout, Random random) {
        this.layout = layout;
        this.random = random;
    }

    /**
     * The random numbers of one District: from the seed and the lead municipality's ISTAT code
     * only, so neither the order in which Districts are written nor the thread that writes them
     * changes what a District gets.
     */
    static Random random(long seed, String leadIstatCode) {
        return new Random(mix(mix(seed) ^ Long.parseLong(leadIstatCode)));
    }

    /** SplitMix64's finaliser: nearby seeds give unrelated sequences. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    String slug() {
        return layout.slug();
    }

    MunicipalityView lead() {
        return layout.lead();
    }

    List<MunicipalityView> municipalities() {
        return layout.municipalities();
    }

    /** The Comune capofila, the first body written. */
    Body leadMunicipality() {
        return bodies.stream()
                .filter(b -> b.type() == OrganizationType.MUNICIPALITY
                        && b.municipality().equals(lead().istatCode()))
                .findFirst()
                .orElseThrow();
    }

    List<Body> bodiesOf(OrganizationType... types) {
        List<OrganizationType> wanted = List.of(types);
        return bodies.stream().filter(b -> wanted.contains(b.type())).toList();
    }

    <T> T pick(List<T> values) {
        return NationalNames.pick(random, values);
    }

    int between(int min, int max) {
        return NationalNames.between(random, min, max);
    }

    /** True with the given chance, in percent. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** Some of the values, in a random order: {@code count} of them, or all when fewer. */
    <T> List<T> some(List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
