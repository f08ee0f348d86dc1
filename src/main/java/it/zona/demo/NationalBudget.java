package it.zona.demo;

import it.zona.budget.BudgetGrid.Cell;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.demo.NationalDistrict.Funded;
import it.zona.municipality.MunicipalityView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The budget of a generated plan: every intervention funded by one or two of the District's sources
 * in every year it runs, one line per intervention, year and source, saved a whole intervention at
 * a time (the budget page's table). The first source is the area's usual fund more often than not;
 * amounts depend on the kind of intervention and the District's population, grow 2% a year and are
 * in euros and cents.
 */
@Component
class NationalBudget {

    /** The sources a second share usually comes from: the municipalities, the region, the EU, users. */
    private static final List<String> SECOND_SOURCES =
            List.of("MUNICIPAL", "REGIONAL", "EU_PNRR", "CO_PAYMENT", "OTHER");

    private static final long EMPTY_GRID = 0;

    private final FundingSourceRegistry sources;
    private final BudgetRegistry budget;
    private final WrittenEntities written;

    NationalBudget(FundingSourceRegistry sources, BudgetRegistry budget, WrittenEntities written) {
        this.sources = sources;
        this.budget = budget;
        this.written = written;
    }

    void write(NationalDistrict district) {
        Map<String, Long> source = sources.list(district.slug()).stream()
                .filter(s -> s.code() != null)
                .collect(Collectors.toMap(
                        FundingSourceView::code, FundingSourceView::id, (a, b) -> a, LinkedHashMap::new));
        List<String> codes = List.copyOf(source.keySet());
        BigDecimal scale = scale(district);
        for (Funded intervention : district.interventions) {
            String first = district.chance(75) ? intervention.area().source() : district.pick(codes);
            String second = district.chance(50) ? district.pick(SECOND_SOURCES) : null;
            int firstShare = second == null || second.equals(first) ? 100 : district.between(55, 85);
            long base = yearlyCents(district, intervention);
            Map<Cell, BigDecimal> cells = new LinkedHashMap<>();
            for (int year = intervention.firstYear(); year <= intervention.lastYear(); year++) {
                BigDecimal yearly = BigDecimal.valueOf(base, 2)
                        .multiply(scale)
                        .multiply(BigDecimal.valueOf(100 + 2L * (year - NationalDistrict.FIRST_YEAR), 2));
                BigDecimal firstAmount =
                        yearly.multiply(BigDecimal.valueOf(firstShare, 2)).setScale(2, RoundingMode.HALF_UP);
                cells.put(new Cell(year, source.get(first)), firstAmount);
                if (firstShare < 100) {
                    cells.put(
                            new Cell(year, source.get(second)),
                            yearly.setScale(2, RoundingMode.HALF_UP).subtract(firstAmount));
                }
            }
            // The intervention is new, so its table is empty: the version of an empty table is 0.
            budget.saveGrid(district.planId, intervention.id(), cells, EMPTY_GRID, null);
            written.release();
        }
    }

    /** What the intervention costs in its first year, in cents, before the District's scale. */
    private static long yearlyCents(NationalDistrict district, Funded intervention) {
        int euros = switch (intervention.type()) {
            case SERVICE -> district.between(30_000, 220_000);
            case VOUCHER -> district.between(20_000, 150_000);
            case PROJECT -> district.between(8_000, 80_000);
            case SYSTEM_ACTION -> district.between(5_000, 60_000);
        };
        return euros * 100L + district.between(0, 99);
    }

    /** Larger Districts spend more: the population over 50,000, between 0.4 and 3. */
    private static BigDecimal scale(NationalDistrict district) {
        long population = district.municipalities().stream()
                .map(MunicipalityView::population)
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
        double ratio = Math.max(0.4, Math.min(3.0, population / 50_000.0));
        return BigDecimal.valueOf(Math.round(ratio * 100), 2);
    }
}
