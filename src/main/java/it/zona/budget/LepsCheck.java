package it.zona.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The essential level of social services (LEPS, Law 178/2020, art. 1 c. 797) on social workers for
 * one year: at least one full-time social worker per 5,000 inhabitants of the District, and one per
 * 4,000 as the further target. Gaps are the FTE missing to reach each, zero when reached.
 */
public record LepsCheck(
        int year,
        long population,
        BigDecimal socialWorkerFte,
        BigDecimal minimumFte,
        BigDecimal targetFte,
        BigDecimal gapToMinimum,
        BigDecimal gapToTarget,
        Long inhabitantsPerWorker,
        boolean meetsMinimum,
        boolean meetsTarget) {

    static final int MINIMUM_RATIO = 5000;
    static final int TARGET_RATIO = 4000;

    static LepsCheck of(int year, long population, BigDecimal fte) {
        BigDecimal pop = BigDecimal.valueOf(population);
        BigDecimal minimum = pop.divide(BigDecimal.valueOf(MINIMUM_RATIO), 2, RoundingMode.UP);
        BigDecimal target = pop.divide(BigDecimal.valueOf(TARGET_RATIO), 2, RoundingMode.UP);
        // Exact comparisons: fte × 5,000 ≥ population, not a rounded ratio.
        boolean meetsMinimum = fte.multiply(BigDecimal.valueOf(MINIMUM_RATIO)).compareTo(pop) >= 0;
        boolean meetsTarget = fte.multiply(BigDecimal.valueOf(TARGET_RATIO)).compareTo(pop) >= 0;
        return new LepsCheck(
                year,
                population,
                fte.setScale(2),
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
}
