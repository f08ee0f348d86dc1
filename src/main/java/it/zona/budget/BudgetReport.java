package it.zona.budget;

import it.zona.budget.BudgetOverview.Breakdown;
import it.zona.budget.BudgetOverview.Compared;
import it.zona.budget.BudgetOverview.Comparison;
import it.zona.budget.BudgetOverview.InterventionAmount;
import it.zona.budget.BudgetOverview.YearAmount;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationType;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.plan.PlanView;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.PolicyAreaView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a plan's budget overview from its lines, staffing and co-funding rule, all in exact decimals. */
@Service
@Transactional(readOnly = true)
public class BudgetReport {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final BudgetRegistry budget;
    private final BudgetLines lines;
    private final StaffingRows staffing;
    private final CofundingRules rules;
    private final Cofunding cofunding;
    private final AreaRegistry areas;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final PlanResources resources;
    private final MunicipalityRegistry municipalities;

    BudgetReport(
            BudgetRegistry budget,
            BudgetLines lines,
            StaffingRows staffing,
            CofundingRules rules,
            Cofunding cofunding,
            AreaRegistry areas,
            PlanRegistry plans,
            DistrictRegistry districts,
            PlanResources resources,
            MunicipalityRegistry municipalities) {
        this.budget = budget;
        this.lines = lines;
        this.staffing = staffing;
        this.rules = rules;
        this.cofunding = cofunding;
        this.areas = areas;
        this.plans = plans;
        this.districts = districts;
        this.resources = resources;
        this.municipalities = municipalities;
    }

    public BudgetOverview overview(long planId) {
        BudgetContext context = budget.context(planId);
        PlanView plan = context.plan();
        List<BudgetLine> planLines = lines.findByPlanId(planId);
        Totals totals = totals(context, planLines);
        List<Integer> years = plan.years();
        BigDecimal total = sum(planLines);
        return new BudgetOverview(
                planId,
                years,
                total,
                years.stream()
                        .map(y -> new YearAmount(y, totals.byYear.getOrDefault(y, ZERO)))
                        .toList(),
                breakdown(
                        context.sources().stream()
                                .map(s -> new Item(s.id(), s.code(), s.name()))
                                .toList(),
                        totals.bySource,
                        years,
                        total),
                breakdown(areasWithMoney(planId, totals), totals.byArea, years, total),
                byIntervention(context, planLines),
                cofunding.shares(plan, rules.findById(planId).orElse(null), planLines),
                leps(plan),
                comparison(plan, context, totals));
    }

    /**
     * The LEPS check of each year: the social workers the District's public bodies employ for the plan
     * against the District's population on 1 January of that year where ISTAT's figure is known for
     * every member, the latest known otherwise; the check says which date it used.
     */
    private List<LepsCheck> leps(PlanView plan) {
        DistrictView district = districts.view(plan.districtSlug());
        List<Staffing> socialWorkers = staffing.findByPlanIdOrderByYearAscRoleAscIdAsc(plan.id()).stream()
                .filter(s -> s.role() == ProfessionalRole.SOCIAL_WORKER)
                .toList();
        Map<Long, OrganizationType> employers = resources.organizationTypes(
                plan,
                socialWorkers.stream()
                        .map(Staffing::organizationId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        Map<LocalDate, Long> known = municipalities.populationHistory(district.municipalities().stream()
                .map(MunicipalityView::istatCode)
                .toList());
        Map<Integer, BigDecimal> counted = new HashMap<>();
        Map<Integer, BigDecimal> others = new HashMap<>();
        for (Staffing s : socialWorkers) {
            OrganizationType employer = s.organizationId() == null ? null : employers.get(s.organizationId());
            (employer != null && employer.isPublicBodyOfTheDistrict() ? counted : others)
                    .merge(s.year(), s.fte(), BigDecimal::add);
        }
        return plan.years().stream()
                .map(year -> {
                    LocalDate firstOfYear = LocalDate.of(year, 1, 1);
                    boolean ofTheYear = known.containsKey(firstOfYear);
                    return LepsCheck.of(
                            year,
                            ofTheYear ? known.get(firstOfYear) : district.population(),
                            ofTheYear ? firstOfYear : district.populationDate(),
                            counted.getOrDefault(year, BigDecimal.ZERO),
                            others.getOrDefault(year, BigDecimal.ZERO));
                })
                .toList();
    }

    private Comparison comparison(PlanView plan, BudgetContext context, Totals current) {
        PlanSummary previous = plan.previousPlan();
        if (previous == null
                || !(previous.published() || plans.permissions(previous.id()).staff())) {
            return null;
        }
        BudgetContext before = budget.context(previous.id());
        Totals earlier = totals(before, lines.findByPlanId(previous.id()));
        int years = plan.lastYear() - plan.firstYear() + 1;
        int previousYears = previous.lastYear() - previous.firstYear() + 1;
        Map<String, BigDecimal[]> byArea = new LinkedHashMap<>();
        List<PolicyAreaView> now = areas.areasInOrder(plan.id());
        for (PolicyAreaView area : now) {
            pair(byArea, area.name())[1] = current.of(current.byArea, area.id());
        }
        for (PolicyAreaView area : areas.areasInOrder(previous.id())) {
            BigDecimal[] pair = pair(byArea, matching(area, now));
            pair[0] = pair[0].add(earlier.of(earlier.byArea, area.id()));
        }
        Map<String, BigDecimal[]> bySource = new LinkedHashMap<>();
        for (FundingSourceView source : context.sources()) {
            BigDecimal[] pair = pair(bySource, source.name());
            pair[0] = earlier.of(earlier.bySource, source.id());
            pair[1] = current.of(current.bySource, source.id());
        }
        return new Comparison(
                previous,
                compared(byArea, previousYears, years),
                compared(bySource, previousYears, years),
                compare("", earlier.total(), current.total(), previousYears, years));
    }

    /** The name an earlier plan's area goes by in this plan: same ISTAT code, else same name. */
    private static String matching(PolicyAreaView earlier, List<PolicyAreaView> now) {
        return now.stream()
                .filter(a -> earlier.code() != null
                        ? earlier.code().equals(a.code())
                        : a.name()
                                .toLowerCase(Locale.ROOT)
                                .equals(earlier.name().toLowerCase(Locale.ROOT)))
                .map(PolicyAreaView::name)
                .findFirst()
                .orElse(earlier.name());
    }

    private static BigDecimal[] pair(Map<String, BigDecimal[]> pairs, String name) {
        return pairs.computeIfAbsent(name, n -> new BigDecimal[] {ZERO, ZERO});
    }

    private static List<Compared> compared(Map<String, BigDecimal[]> pairs, int previousYears, int years) {
        List<Compared> compared = new ArrayList<>();
        pairs.forEach((name, pair) -> {
            if (pair[0].signum() != 0 || pair[1].signum() != 0) {
                compared.add(compare(name, pair[0], pair[1], previousYears, years));
            }
        });
        return compared;
    }

    private static Compared compare(
            String name, BigDecimal previous, BigDecimal current, int previousYears, int years) {
        BigDecimal previousYearly = previous.divide(BigDecimal.valueOf(previousYears), 2, RoundingMode.HALF_UP);
        BigDecimal currentYearly = current.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
        return new Compared(
                name,
                previous,
                current,
                current.subtract(previous),
                percent(current.subtract(previous), previous),
                previousYearly,
                currentYearly,
                currentYearly.subtract(previousYearly),
                percent(currentYearly.subtract(previousYearly), previousYearly));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private List<Item> areasWithMoney(long planId, Totals totals) {
        return areas.areasInOrder(planId).stream()
                .filter(a -> totals.byArea.containsKey(a.id()))
                .map(a -> new Item(a.id(), a.code(), a.name()))
                .toList();
    }

    private static List<Breakdown> breakdown(
            List<Item> items, Map<Long, Map<Integer, BigDecimal>> amounts, List<Integer> years, BigDecimal total) {
        return items.stream()
                .map(item -> {
                    Map<Integer, BigDecimal> byYear = amounts.getOrDefault(item.id(), Map.of());
                    BigDecimal sum = byYear.values().stream().reduce(ZERO, BigDecimal::add);
                    return new Breakdown(
                            item.id(),
                            item.code(),
                            item.name(),
                            sum,
                            percent(sum, total),
                            years.stream()
                                    .map(y -> new YearAmount(y, byYear.getOrDefault(y, ZERO)))
                                    .toList());
                })
                .toList();
    }

    private record Item(long id, String code, String name) {}

    /** Sums of the lines by year, by source (and year), by area (and year). */
    private record Totals(
            Map<Integer, BigDecimal> byYear,
            Map<Long, Map<Integer, BigDecimal>> bySource,
            Map<Long, Map<Integer, BigDecimal>> byArea) {

        BigDecimal total() {
            return byYear.values().stream().reduce(ZERO, BigDecimal::add);
        }

        /** The total over the years of one source or area. */
        BigDecimal of(Map<Long, Map<Integer, BigDecimal>> amounts, long id) {
            return amounts.getOrDefault(id, Map.of()).values().stream().reduce(ZERO, BigDecimal::add);
        }
    }

    private static Totals totals(BudgetContext context, List<BudgetLine> planLines) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> bySource = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> byArea = new HashMap<>();
        for (BudgetLine line : planLines) {
            byYear.merge(line.year(), line.amount(), BigDecimal::add);
            bySource.computeIfAbsent(line.fundingSourceId(), k -> new HashMap<>())
                    .merge(line.year(), line.amount(), BigDecimal::add);
            InterventionView intervention = context.intervention(line.interventionId());
            if (intervention != null) {
                byArea.computeIfAbsent(intervention.area().id(), k -> new HashMap<>())
                        .merge(line.year(), line.amount(), BigDecimal::add);
            }
        }
        return new Totals(byYear, bySource, byArea);
    }

    private static List<InterventionAmount> byIntervention(BudgetContext context, List<BudgetLine> planLines) {
        Map<Long, BigDecimal> totals = planLines.stream()
                .collect(Collectors.toMap(BudgetLine::interventionId, BudgetLine::amount, BigDecimal::add));
        return context.interventions().stream()
                .map(i -> new InterventionAmount(i.id(), i.title(), i.area().name(), i.period(), totals.get(i.id())))
                .toList();
    }

    private static BigDecimal sum(List<BudgetLine> planLines) {
        return planLines.stream().map(BudgetLine::amount).reduce(ZERO, BigDecimal::add);
    }
}
