package it.zona.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Implemented by the budget, so that the yearly programme shows what each intervention has
 * planned for the year without this module depending on the budget.
 */
public interface PlannedAmounts {

    /** Intervention id → amount planned for the year, from every funding source. */
    Map<Long, BigDecimal> byIntervention(long planId, int year);
}
