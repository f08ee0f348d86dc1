package it.zona.spending;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.spending.PlanSpending.YearSourceFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting of a plan's fund annualities: each funding source in each year its lines use, with
 * its money, the day by which the region or the ministry must have its report, and the report once
 * made. The District's viewers read it, its editors record deadlines and reports.
 */
@Service
@Transactional
public class FundReporting {

    public static final String ENTITY = "FundAnnuality";

    private final FundAnnualities annualities;
    private final SpendingTotals totals;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundReporting(
            FundAnnualities annualities,
            SpendingTotals totals,
            PlanRegistry plans,
            DistrictRegistry districts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.annualities = annualities;
        this.totals = totals;
        this.plans = plans;
        this.districts = districts;
        this.events = events;
        this.clock = clock;
    }

    /** The plan's fund annualities, by year and then source (the District's viewers). */
    @Transactional(readOnly = true)
    public List<FundAnnualityView> of(long planId) {
        authorize(planId, DistrictRole.VIEWER);
        return of(totals.of(planId, null));
    }

    /**
     * The fund annualities of spending already read, with what the office recorded of each: for the
     * alerts, which read the spending once for all their rules and run for the weekly digest too.
     */
    @Transactional(readOnly = true)
    public List<FundAnnualityView> of(PlanSpending spending) {
        Map<String, FundAnnuality> recorded = annualities.findByPlanId(spending.planId()).stream()
                .collect(Collectors.toMap(a -> key(a.fundingSourceId(), a.year()), Function.identity()));
        return spending.byYearAndSource().stream()
                .map(g -> view(spending.planId(), g, recorded.get(key(g.fundingSourceId(), g.year()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public FundAnnualityView one(long planId, long fundingSourceId, int year) {
        authorize(planId, DistrictRole.VIEWER);
        return find(planId, fundingSourceId, year);
    }

    /**
     * Records the annuality's deadline and report (editors). A report cannot be dated after today,
     * nor an act named without the day of the report it belongs to.
     */
    public FundAnnualityView record(
            long planId, long fundingSourceId, int year, FundAnnualityForm form, long expectedVersion) {
        DistrictAccess district = authorize(planId, DistrictRole.EDITOR);
        PlanView plan = plans.readableView(planId);
        if (!plan.published()) {
            throw RuleViolationException.conflict(null, "error.spending.planNotApproved", plan.title());
        }
        FundAnnualityView before = find(planId, fundingSourceId, year);
        StaleVersionException.check(expectedVersion, before.version());
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        if (form.reportedOn() != null && form.reportedOn().isAfter(today)) {
            throw RuleViolationException.invalid("reportedOn", "error.fundAnnuality.reportInFuture");
        }
        String act = form.reportAct() == null || form.reportAct().isBlank()
                ? null
                : PlainText.require("reportAct", form.reportAct().strip());
        if (act != null && form.reportedOn() == null) {
            throw RuleViolationException.invalid("reportedOn", "error.fundAnnuality.actWithoutDay");
        }
        FundAnnuality annuality = annualities
                .findByPlanIdAndFundingSourceIdAndYear(planId, fundingSourceId, year)
                .orElseGet(() -> new FundAnnuality(planId, fundingSourceId, year));
        annuality.record(form.reportingDeadline(), form.reportedOn(), act);
        annuality = annualities.saveAndFlush(annuality);
        FundAnnualityView after = view(
                planId,
                new YearSourceFigures(year, fundingSourceId, before.fundingSource(), before.figures()),
                annuality);
        String id = planId + "/" + fundingSourceId + "/" + year;
        events.publishEvent(
                before.version() == SpendingLedger.NOT_SET
                        ? EntityChanged.created(district.id(), ENTITY, id, after)
                        : EntityChanged.updated(district.id(), ENTITY, id, before, after));
        return after;
    }

    private FundAnnualityView find(long planId, long fundingSourceId, int year) {
        return of(totals.of(planId, null)).stream()
                .filter(a -> a.fundingSourceId() == fundingSourceId && a.year() == year)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.fundAnnuality.notFound"));
    }

    private DistrictAccess authorize(long planId, DistrictRole role) {
        PlanView plan = plans.readableView(planId);
        return districts.authorize(plan.districtSlug(), role);
    }

    private static FundAnnualityView view(long planId, YearSourceFigures money, FundAnnuality recorded) {
        return FundAnnualityView.of(
                planId,
                money.fundingSourceId(),
                money.fundingSource(),
                money.year(),
                money.figures(),
                recorded == null ? null : recorded.reportingDeadline(),
                recorded == null ? null : recorded.reportedOn(),
                recorded == null ? null : recorded.reportAct(),
                recorded == null ? SpendingLedger.NOT_SET : recorded.version());
    }

    private static String key(long fundingSourceId, int year) {
        return fundingSourceId + "/" + year;
    }
}
