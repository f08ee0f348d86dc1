package it.zona.monitoring;

import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.indicators.IndicatorRegistry;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanSummary;
import it.zona.programme.InterventionRegistry;
import it.zona.progress.InterventionProgress;
import it.zona.shared.PlatformConfig;
import it.zona.spending.FundReporting;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingTotals;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts of a District, for its staff: computed from the data whenever they are asked for, so
 * that an alert appears with the change that raises it and goes with the one that fixes it. The
 * plans looked at are those past the mayors' approval and not closed: before, nothing is spent.
 */
@Service
@Transactional(readOnly = true)
class Alerts {

    static final AlertRules.LinkTo LINKS = new AlertRules.LinkTo() {
        @Override
        public String budgetLine(long budgetLineId) {
            return "/budget-lines/" + budgetLineId + "/spending";
        }

        @Override
        public String fundAnnuality(long planId, long fundingSourceId, int year) {
            return "/plans/" + planId + "/funds/" + fundingSourceId + "/" + year;
        }

        @Override
        public String indicator(long planId, long indicatorId) {
            return "/plans/" + planId + "/indicators/" + indicatorId;
        }

        @Override
        public String meeting(long meetingId) {
            return "/meetings/" + meetingId;
        }

        @Override
        public String intervention(long planId, long interventionId) {
            return "/plans/" + planId + "/interventions/" + interventionId;
        }
    };

    private final DistrictRegistry districts;
    private final PlanRegistry plans;
    private final SpendingTotals spending;
    private final FundReporting funds;
    private final IndicatorRegistry indicators;
    private final MinutesRegistry minutes;
    private final InterventionProgress progress;
    private final InterventionRegistry interventions;
    private final MonitoringSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    Alerts(
            DistrictRegistry districts,
            PlanRegistry plans,
            SpendingTotals spending,
            FundReporting funds,
            IndicatorRegistry indicators,
            MinutesRegistry minutes,
            InterventionProgress progress,
            InterventionRegistry interventions,
            MonitoringSettings settings,
            MessageSource messages,
            Clock clock) {
        this.districts = districts;
        this.plans = plans;
        this.spending = spending;
        this.funds = funds;
        this.indicators = indicators;
        this.minutes = minutes;
        this.progress = progress;
        this.interventions = interventions;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The District's alerts (its viewers), plan by plan, in the order of their kinds. */
    List<Alert> of(String slug) {
        return of(slug, planId -> spending.of(planId, null));
    }

    /** The same, with each plan's spending as the caller has already read it. */
    List<Alert> of(String slug, Function<Long, PlanSpending> spendingOf) {
        districts.authorize(slug, DistrictRole.VIEWER);
        return unchecked(slug, spendingOf);
    }

    /** The same, for the weekly digest, which runs as nobody. */
    List<Alert> unchecked(String slug) {
        return unchecked(slug, planId -> spending.of(planId, null));
    }

    private List<Alert> unchecked(String slug, Function<Long, PlanSpending> spendingOf) {
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        List<Alert> alerts = new ArrayList<>();
        for (PlanSummary plan : monitored(slug)) {
            PlanSpending money = spendingOf.apply(plan.id());
            alerts.addAll(AlertRules.spending(money, today, settings.paymentLagMargin(), LINKS));
            alerts.addAll(AlertRules.funds(funds.of(money), today, settings.fundDeadlineDays(), LINKS));
            // The latest year measured, up to this one: early in a year, last year's standing is the news.
            alerts.addAll(
                    AlertRules.indicators(indicators.statuses(plan.id(), indicators.defaultYear(plan.id())), LINKS));
            List<AlertRules.Unapproved> waiting =
                    minutes.heldWithoutApprovedMinutes(plan.id(), today.minusDays(settings.minutesDays() + 1L)).stream()
                            .map(m -> new AlertRules.Unapproved(plan.id(), m.id(), m.title(), m.date()))
                            .toList();
            alerts.addAll(AlertRules.minutes(waiting, today, settings.minutesDays(), LINKS));
            Map<Long, InterventionProgress.Latest> latest = progress.latest(plan.id());
            List<AlertRules.Quiet> quiet = interventions.list(plan.id()).stream()
                    .map(i -> {
                        InterventionProgress.Latest story = latest.get(i.id());
                        return new AlertRules.Quiet(
                                plan.id(),
                                i.id(),
                                i.title(),
                                i.firstYear(),
                                i.lastYear(),
                                story == null ? null : story.lastEntry(),
                                story != null && story.completed());
                    })
                    .toList();
            alerts.addAll(AlertRules.progress(quiet, today, settings.progressMonths(), LINKS));
        }
        alerts.sort(Comparator.comparing(Alert::kind));
        return alerts;
    }

    /** An alert with its message in the reader's language. */
    record SaidAlert(Alert alert, String message) {}

    /** The alerts in the reader's language, their days written as the language writes dates. */
    List<SaidAlert> said(List<Alert> alerts, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        return alerts.stream()
                .map(a -> new SaidAlert(
                        a,
                        messages.getMessage(
                                a.messageKey(),
                                a.arguments().stream()
                                        .map(argument ->
                                                argument instanceof LocalDate day ? dates.format(day) : argument)
                                        .toArray(),
                                locale)))
                .toList();
    }

    /** The District's plans being carried out: past the mayors' approval, not closed. */
    List<PlanSummary> monitored(String slug) {
        return plans.list(slug).stream()
                .filter(plan -> plan.stage().isPastApproval() && plan.stage() != PlanStage.CLOSED)
                .toList();
    }
}
