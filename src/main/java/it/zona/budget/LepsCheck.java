package it.zona.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The essential level of social services (LEPS, Law 178/2020, art. 1 c. 797) on social workers for
 * one year: at least one full-time social worker per 5,000 inhabitants of the District, and one per
 * 4,000 as the further target. As the national rule does, only the social workers employed by the
 * District's public bodies (its municipalities, their consortium or union) count; the others (third
 * sector, health authority, employer not given) are shown apart. The population is the ISTAT
 * resident population on {@code populationDate}. Gaps are the FTE missing to reach each, zero when
 * reached.
 */
public record LepsCheck(
        int year,
        long population,
        LocalDate populationDate,
        BigDecimal socialWorkerFte,
        BigDecimal otherSocialWorkerFte,
        BigDecimal minimumFte,
        BigDecimal targetFte,
        BigDecimal gapToMinimum,
        BigDecimal gapToTarget,
        Long inhabitantsPerWorker,
        boolean meetsMinimum,
        boolean meetsTarget) {

    static final int MINIMUM_RATIO = 5000;
    static final int TARGET_RATIO = 4000;

    /** The check with {@code fte} counted and {@code otherFte} employed by others, not counted. */
    static LepsCheck of(int year, long population, LocalDate populationDate, BigDecimal fte, BigDecimal otherFte) {
        BigDecimal pop = BigDecimal.valueOf(population);
        BigDecimal minimum = pop.divide(BigDecimal.valueOf(MINIMUM_RATIO), 2, RoundingMode.UP);
        BigDecimal target = pop.divide(BigDecimal.valueOf(TARGET_RATIO), 2, RoundingMode.UP);
        // Exact comparisons: fte × 5,000 ≥ population, not a rounded ratio.
        boolean meetsMinimum = fte.multiply(BigDecimal.valueOf(MINIMUM_RATIO)).compareTo(pop) >= 0;
        boolean meetsTarget = fte.multiply(BigDecimal.valueOf(TARGET_RATIO)).compareTo(pop) >= 0;
        return new LepsCheck(
                year,
                population,
                populationDate,
                fte.setScale(2),
                otherFte.setScale(2),
                minimum,
                target,
                meetsMinimum
                        ? BigDecimal.ZERO.setScale(2)
                        : minimum.subtract(fte).max(BigDecimal.ZERO).setScale(2),
                meetsTarget
                        ? BigDecimal.ZERO.setScale(2)
                        : target.subtract(fte).max(BigDecimal.ZERO).setScale(2),
                fte.signum() == 0
                        ? null
                        : pop.divide(fte, 0, RoundingMode.HALF_UP).longValueExact(),
                meetsMinimum,
                meetsTarget);
    }

    /** The year of the population used, which is the year checked only when ISTAT's figure for it is known. */
    public Integer populationYear() {
        return populationDate == null ? null : populationDate.getYear();
    }

    /** Whether the population is the one of the year checked, rather than the latest known. */
    public boolean populationOfTheYear() {
        return populationDate != null && populationDate.getYear() == year;
    }
}
