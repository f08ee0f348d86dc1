package it.zona.monitoring;

import it.zona.indicators.IndicatorStatuses;
import it.zona.indicators.IndicatorView;
import it.zona.spending.FundAnnualityView;
import it.zona.spending.PlanSpending;
import it.zona.spending.PlanSpending.LineFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules that raise alerts, on figures already read: plain functions of the data and the day,
 * so that each is tested at its boundaries without a database.
 */
final class AlertRules {

    private AlertRules() {}

    /**
     * How much of a year has gone by on a day, in percent with one decimal: nothing before it, all
     * of it after it, the days elapsed (the day itself included) in between.
     */
    static BigDecimal elapsed(int year, LocalDate day) {
        if (day.getYear() < year) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (day.getYear() > year) {
            return new BigDecimal("100.0");
        }
        long days = LocalDate.of(year, 12, 31).getDayOfYear();
        return BigDecimal.valueOf(day.getDayOfYear() * 100L).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }

    /**
     * The budget lines with commitments whose payments lag behind their year by more than {@code
     * margin} percentage points of the allowance, and those committed beyond their allowance.
     */
    static List<Alert> spending(PlanSpending spending, LocalDate today, BigDecimal margin, LinkTo links) {
        List<Alert> alerts = new ArrayList<>();
        for (LineFigures line : spending.lines()) {
            var figures = line.figures();
            String subject = "budget-line:" + line.budgetLineId();
            if (figures.committed().compareTo(figures.allowance()) > 0) {
                alerts.add(new Alert(
                        AlertKind.OVER_COMMITTED,
                        spending.planId(),
                        subject,
                        List.of(
                                line.intervention(),
                                line.fundingSource(),
                                Integer.toString(line.year()),
                                figures.committed(),
                                figures.allowance()),
                        links.budgetLine(line.budgetLineId())));
            }
            // Lagging is said of money committed and not paid: a line nothing was committed on is
            // money not yet spent at all, which the dashboard's figures show without an alert each.
            if (figures.allowance().signum() <= 0 || figures.committed().signum() <= 0) {
                continue;
            }
            BigDecimal elapsed = elapsed(line.year(), today);
            BigDecimal paid = figures.paidPercent();
            if (elapsed.subtract(paid).compareTo(margin) > 0) {
                alerts.add(new Alert(
                        AlertKind.PAYMENTS_LAG,
                        spending.planId(),
                        subject,
                        List.of(
                                line.intervention(),
                                line.fundingSource(),
                                Integer.toString(line.year()),
                                paid,
                                elapsed),
                        links.budgetLine(line.budgetLineId())));
            }
        }
        return alerts;
    }

    /**
     * The fund annualities not yet reported that still have money to pay, once their reporting
     * deadline is {@code days} days away or less, and still after it has passed: the report is
     * made, or the money paid, and the alert goes.
     */
    static List<Alert> funds(List<FundAnnualityView> annualities, LocalDate today, int days, LinkTo links) {
        List<Alert> alerts = new ArrayList<>();
        for (FundAnnualityView fund : annualities) {
            if (fund.reported()
                    || fund.reportingDeadline() == null
                    || fund.unpaid().signum() <= 0) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, fund.reportingDeadline());
            if (left > days) {
                continue;
            }
            alerts.add(new Alert(
                    left < 0 ? AlertKind.FUND_DEADLINE_PASSED : AlertKind.FUND_DEADLINE_NEAR,
                    fund.planId(),
                    "fund-annuality:" + fund.planId() + "/" + fund.fundingSourceId() + "/" + fund.year(),
                    List.of(
                            fund.fundingSource(),
                            Integer.toString(fund.year()),
                            fund.unpaid(),
                            fund.reportingDeadline(),
                            Long.toString(Math.abs(left))),
                    links.fundAnnuality(fund.planId(), fund.fundingSourceId(), fund.year())));
        }
        return alerts;
    }

    /** The indicators behind their target in the year. */
    static List<Alert> indicators(IndicatorStatuses statuses, LinkTo links) {
        List<Alert> alerts = new ArrayList<>();
        for (IndicatorView indicator : statuses.behind()) {
            var year = indicator.year(statuses.year());
            alerts.add(new Alert(
                    AlertKind.INDICATOR_BEHIND,
                    statuses.planId(),
                    "indicator:" + indicator.id(),
                    List.of(
                            indicator.name(),
                            Integer.toString(statuses.year()),
                            year == null || year.value() == null
                                    ? "–"
                                    : year.value().stripTrailingZeros().toPlainString(),
                            year == null || year.target() == null
                                    ? "–"
                                    : year.target().stripTrailingZeros().toPlainString()),
                    links.indicator(statuses.planId(), indicator.id())));
        }
        return alerts;
    }

    /** A meeting held and not yet with approved minutes, from the days it waited on. */
    record Unapproved(long planId, long meetingId, String title, LocalDate date) {}

    /** The meetings held more than {@code days} days ago whose minutes are not approved. */
    static List<Alert> minutes(List<Unapproved> meetings, LocalDate today, int days, LinkTo links) {
        return meetings.stream()
                .filter(m -> ChronoUnit.DAYS.between(m.date(), today) > days)
                .map(m -> new Alert(
                        AlertKind.MINUTES_NOT_APPROVED,
                        m.planId(),
                        "meeting:" + m.meetingId(),
                        List.of(m.title(), m.date(), Long.toString(ChronoUnit.DAYS.between(m.date(), today))),
                        links.meeting(m.meetingId())))
                .toList();
    }

    /**
     * An intervention of the plan: its years, the day of its latest progress entry (null: none) and
     * whether that story ends with it completed.
     */
    record Quiet(
            long planId,
            long interventionId,
            String title,
            int firstYear,
            int lastYear,
            LocalDate lastEntry,
            boolean completed) {}

    /**
     * The interventions under way this year, not completed, whose latest progress entry (or, with
     * none, the start of their first year) is more than {@code months} months old.
     */
    static List<Alert> progress(List<Quiet> interventions, LocalDate today, int months, LinkTo links) {
        LocalDate limit = today.minusMonths(months);
        return interventions.stream()
                .filter(i -> !i.completed() && i.firstYear() <= today.getYear() && today.getYear() <= i.lastYear())
                .filter(i ->
                        (i.lastEntry() != null ? i.lastEntry() : LocalDate.of(i.firstYear(), 1, 1)).isBefore(limit))
                .map(i -> new Alert(
                        AlertKind.NO_PROGRESS,
                        i.planId(),
                        "intervention:" + i.interventionId(),
                        List.of(i.title(), i.lastEntry() == null ? NEVER : i.lastEntry(), Integer.toString(months)),
                        links.intervention(i.planId(), i.interventionId())))
                .toList();
    }

    /** "Never", in the reader's language, where a day would be. */
    static final MessageSourceResolvable NEVER = new DefaultMessageSourceResolvable("monitoring.never");

    /** Where each kind of thing is fixed. */
    interface LinkTo {
        String budgetLine(long budgetLineId);

        String fundAnnuality(long planId, long fundingSourceId, int year);

        String indicator(long planId, long indicatorId);

        String meeting(long meetingId);

        String intervention(long planId, long interventionId);
    }
}
