package it.zona.budget;

import it.zona.budget.MunicipalShares.Share;
import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.plan.PlanChange;
import it.zona.plan.PlanView;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the member municipalities share the municipal co-funding of each year of a plan: by
 * population (the default), by a quota per inhabitant, or by an agreed table of percentages. Shares
 * are in whole cents and add up exactly to the year's municipal co-funding.
 */
@Service
@Transactional
public class Cofunding {

    public static final String ENTITY = "CofundingRule";

    /** The version of a plan whose rule was never set: an update must say it saw none. */
    public static final long NOT_SET = -1;

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final CofundingRules rules;
    private final BudgetLines lines;
    private final FundingSources sources;
    private final DistrictRegistry districts;
    private final PlanResources resources;

    Cofunding(
            CofundingRules rules,
            BudgetLines lines,
            FundingSources sources,
            DistrictRegistry districts,
            PlanResources resources) {
        this.rules = rules;
        this.lines = lines;
        this.sources = sources;
        this.districts = districts;
        this.resources = resources;
    }

    @Transactional(readOnly = true)
    public CofundingView view(long planId) {
        PlanView plan = resources.read(planId);
        CofundingRule rule = rules.findById(planId).orElse(null);
        return view(plan, rule, lines.findByPlanId(planId));
    }

    public CofundingView update(long planId, CofundingForm form, long expectedVersion, String reason) {
        PlanChange change = resources.change(planId, reason);
        PlanView plan = resources.read(planId);
        CofundingRule rule = rules.findById(planId).orElse(null);
        StaleVersionException.check(expectedVersion, rule == null ? NOT_SET : rule.version());
        check(form, members(plan).stream().map(MunicipalityView::istatCode).collect(Collectors.toSet()));
        CofundingView before = rule == null ? null : view(plan, rule, lines.findByPlanId(planId));
        if (rule == null) {
            rule = new CofundingRule(planId);
        }
        rule.apply(form.method(), form.perCapitaQuota(), form.weights());
        rule = rules.saveAndFlush(rule);
        CofundingView after = view(plan, rule, lines.findByPlanId(planId));
        if (before == null) {
            resources.created(change, ENTITY, planId, after);
        } else {
            resources.updated(change, ENTITY, planId, before, after);
        }
        return after;
    }

    /** The shares of every year of the plan, from these budget lines. */
    List<MunicipalShares> shares(PlanView plan, CofundingRule rule, List<BudgetLine> planLines) {
        CofundingMethod method = rule == null ? CofundingMethod.POPULATION : rule.method();
        List<MunicipalityView> members = members(plan);
        Set<Long> municipalSources =
                sources
                        .findByDistrictIdOrderByPosition(
                                districts.ref(plan.districtSlug()).id())
                        .stream()
                        .filter(FundingSource::isMunicipal)
                        .map(FundingSource::id)
                        .collect(Collectors.toSet());
        List<MunicipalShares> years = new ArrayList<>();
        for (int year : plan.years()) {
            BigDecimal budgeted = planLines.stream()
                    .filter(l -> l.year() == year && municipalSources.contains(l.fundingSourceId()))
                    .map(BudgetLine::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            years.add(year(year, method, rule, members, budgeted));
        }
        return years;
    }

    private static MunicipalShares year(
            int year, CofundingMethod method, CofundingRule rule, List<MunicipalityView> members, BigDecimal budgeted) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (MunicipalityView m : members) {
            weights.put(
                    m.istatCode(),
                    switch (method) {
                        case AGREED -> rule.weights().getOrDefault(m.istatCode(), BigDecimal.ZERO);
                        default -> BigDecimal.valueOf(m.population() == null ? 0 : m.population());
                    });
        }
        Map<String, BigDecimal> amounts;
        if (method == CofundingMethod.PER_CAPITA) {
            amounts = new LinkedHashMap<>();
            weights.forEach((code, population) ->
                    amounts.put(code, rule.perCapitaQuota().multiply(population).setScale(2, RoundingMode.HALF_UP)));
        } else if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            amounts = new LinkedHashMap<>();
            weights.keySet().forEach(code -> amounts.put(code, BigDecimal.ZERO.setScale(2)));
        } else {
            amounts = Apportionment.split(budgeted, weights);
        }
        BigDecimal shared = amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<Share> shares = members.stream()
                .map(m -> new Share(
                        m.istatCode(),
                        m.name(),
                        m.population(),
                        method == CofundingMethod.AGREED ? weights.get(m.istatCode()) : null,
                        amounts.get(m.istatCode())))
                .toList();
        return new MunicipalShares(year, method, budgeted, shared, shared.subtract(budgeted), shares);
    }

    private CofundingView view(PlanView plan, CofundingRule rule, List<BudgetLine> planLines) {
        return new CofundingView(
                plan.id(),
                rule == null ? CofundingMethod.POPULATION : rule.method(),
                rule == null ? null : rule.perCapitaQuota(),
                rule == null ? Map.of() : rule.weights(),
                shares(plan, rule, planLines),
                rule == null ? NOT_SET : rule.version());
    }

    private List<MunicipalityView> members(PlanView plan) {
        return districts.view(plan.districtSlug()).municipalities();
    }

    /** A quota must be a positive amount; agreed percentages cover members only and add up to 100. */
    private static void check(CofundingForm form, Set<String> members) {
        if (form.method() == CofundingMethod.PER_CAPITA) {
            BigDecimal quota = form.perCapitaQuota();
            if (quota == null || quota.signum() <= 0) {
                throw RuleViolationException.invalid("perCapitaQuota", "error.cofunding.quotaRequired");
            }
            Amounts.require(quota, "perCapitaQuota");
        }
        if (form.method() == CofundingMethod.AGREED) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> weight : form.weights().entrySet()) {
                String field = "weights[" + weight.getKey() + "]";
                if (!members.contains(weight.getKey())) {
                    throw RuleViolationException.invalid(field, "error.cofunding.notMember", weight.getKey());
                }
                if (weight.getValue() == null
                        || weight.getValue().signum() < 0
                        || weight.getValue().stripTrailingZeros().scale() > 4) {
                    throw RuleViolationException.invalid(field, "error.cofunding.weight");
                }
                sum = sum.add(weight.getValue());
            }
            if (sum.compareTo(HUNDRED) != 0) {
                throw RuleViolationException.invalid("weights", "error.cofunding.notHundred", sum.toPlainString());
            }
        }
    }
}
