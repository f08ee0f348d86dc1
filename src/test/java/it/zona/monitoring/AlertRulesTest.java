package it.zona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.indicators.IndicatorStatuses;
import it.zona.spending.FundAnnualityView;
import it.zona.spending.PlanSpending;
import it.zona.spending.PlanSpending.LineFigures;
import it.zona.spending.SpendingFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules that raise alerts, at their boundaries. */
class AlertRulesTest {

    private static final BigDecimal MARGIN = new BigDecimal("25");

    /** Figures with an allowance, a commitment and a payment, in euros. */
    private static SpendingFigures figures(String allowance, String committed, String paid) {
        BigDecimal a = new BigDecimal(allowance);
        BigDecimal c = new BigDecimal(committed);
        BigDecimal p = new BigDecimal(paid);
        return new SpendingFigures(a, BigDecimal.ZERO, a, c, BigDecimal.ZERO, p, a.subtract(c), c.subtract(p));
    }

    private static PlanSpending plan(int year, SpendingFigures figures) {
        LineFigures line = new LineFigures(7, 3, "Assistenza domiciliare", 1, "Anziani", year, 2, "FNPS", figures);
        return new PlanSpending(1, null, figures, List.of(), List.of(), List.of(), List.of(), List.of(line));
    }

    private static List<AlertKind> kinds(List<Alert> alerts) {
        return alerts.stream().map(Alert::kind).toList();
    }

    @Test
    void theYearGoesByFromNothingBeforeItToAllOfItAfter() {
        assertThat(AlertRules.elapsed(2025, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("0");
        assertThat(AlertRules.elapsed(2025, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("0.3");
        assertThat(AlertRules.elapsed(2025, LocalDate.of(2025, 7, 2))).isEqualByComparingTo("50.1");
        assertThat(AlertRules.elapsed(2025, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("100");
        assertThat(AlertRules.elapsed(2024, LocalDate.of(2024, 12, 31)))
                .as("a leap year has 366 days")
                .isEqualByComparingTo("100");
        assertThat(AlertRules.elapsed(2024, LocalDate.of(2026, 3, 1))).isEqualByComparingTo("100");
    }

    @Test
    void paymentsLagOnlyBeyondTheMargin() {
        LocalDate endOf2025 = LocalDate.of(2026, 1, 10);
        // 100 % of 2025 gone by: 75 % paid is exactly the margin, 74.9 % is beyond it.
        assertThat(AlertRules.spending(
                        plan(2025, figures("1000.00", "1000.00", "750.00")), endOf2025, MARGIN, Alerts.LINKS))
                .isEmpty();
        List<Alert> lagging = AlertRules.spending(
                plan(2025, figures("1000.00", "1000.00", "749.00")), endOf2025, MARGIN, Alerts.LINKS);
        assertThat(kinds(lagging)).containsExactly(AlertKind.PAYMENTS_LAG);
        assertThat(lagging.get(0).subject()).isEqualTo("budget-line:7");
        assertThat(lagging.get(0).link()).isEqualTo("/budget-lines/7/spending");
        assertThat(lagging.get(0).arguments())
                .containsExactly(
                        "Assistenza domiciliare", "FNPS", "2025", new BigDecimal("74.9"), new BigDecimal("100.0"));

        assertThat(AlertRules.spending(plan(2026, figures("1000.00", "0.00", "0.00")), endOf2025, MARGIN, Alerts.LINKS))
                .as("ten days into the year nothing paid is no lag")
                .isEmpty();
        assertThat(AlertRules.spending(plan(2025, figures("0.00", "0.00", "0.00")), endOf2025, MARGIN, Alerts.LINKS))
                .as("nothing allowed, nothing to pay")
                .isEmpty();
        assertThat(AlertRules.spending(plan(2025, figures("1000.00", "0.00", "0.00")), endOf2025, MARGIN, Alerts.LINKS))
                .as("nothing committed is money not spent, not payments lagging")
                .isEmpty();
    }

    @Test
    void commitmentsOverTheAllowanceAreAnAlertOfTheirOwn() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(kinds(AlertRules.spending(
                        plan(2025, figures("1000.00", "1000.01", "900.00")), day, MARGIN, Alerts.LINKS)))
                .containsExactly(AlertKind.OVER_COMMITTED);
        assertThat(AlertRules.spending(plan(2025, figures("1000.00", "1000.00", "900.00")), day, MARGIN, Alerts.LINKS))
                .isEmpty();
    }

    @Test
    void minutesWaitTheirDaysAndNotOneMore() {
        LocalDate today = LocalDate.of(2025, 5, 31);
        List<AlertRules.Unapproved> meetings = List.of(
                new AlertRules.Unapproved(1, 10, "Tavolo anziani", today.minusDays(30)),
                new AlertRules.Unapproved(1, 11, "Tavolo minori", today.minusDays(31)));
        List<Alert> alerts = AlertRules.minutes(meetings, today, 30, Alerts.LINKS);
        assertThat(alerts).extracting(Alert::subject).containsExactly("meeting:11");
        assertThat(alerts.get(0).link()).isEqualTo("/meetings/11");
        assertThat(alerts.get(0).arguments()).containsExactly("Tavolo minori", today.minusDays(31), "31");
    }

    @Test
    void anInterventionUnderWayWithoutNewsForMonthsIsAnAlertUntilItsNextEntryOrItsEnd() {
        LocalDate today = LocalDate.of(2025, 10, 5);
        List<AlertRules.Quiet> interventions = List.of(
                new AlertRules.Quiet(1, 10, "Entrata di recente", 2024, 2026, today.minusMonths(3), false),
                new AlertRules.Quiet(
                        1,
                        11,
                        "Ferma da tre mesi e un giorno",
                        2024,
                        2026,
                        today.minusMonths(3).minusDays(1),
                        false),
                new AlertRules.Quiet(1, 12, "Mai aggiornata", 2025, 2026, null, false),
                new AlertRules.Quiet(1, 13, "Conclusa", 2024, 2026, LocalDate.of(2024, 5, 1), true),
                new AlertRules.Quiet(1, 14, "Finita l'anno scorso", 2024, 2024, null, false),
                new AlertRules.Quiet(1, 15, "Comincia l'anno prossimo", 2026, 2026, null, false));

        List<Alert> alerts = AlertRules.progress(interventions, today, 3, Alerts.LINKS);

        assertThat(alerts).extracting(Alert::subject).containsExactly("intervention:11", "intervention:12");
        assertThat(alerts.get(1).arguments()).containsExactly("Mai aggiornata", AlertRules.NEVER, "3");
        assertThat(alerts.get(1).link()).isEqualTo("/plans/1/interventions/12");
        assertThat(AlertRules.progress(
                        List.of(new AlertRules.Quiet(1, 12, "Appena cominciata", 2025, 2026, null, false)),
                        LocalDate.of(2025, 3, 31),
                        3,
                        Alerts.LINKS))
                .as("three months into its first year")
                .isEmpty();
    }

    @Test
    void noIndicatorBehindNoAlert() {
        assertThat(AlertRules.indicators(new IndicatorStatuses(1, 2025, Map.of(), List.of()), Alerts.LINKS))
                .isEmpty();
    }

    private static FundAnnualityView fund(String paid, LocalDate deadline, LocalDate reportedOn) {
        SpendingFigures figures = figures("1000.00", "1000.00", paid);
        return new FundAnnualityView(
                1,
                2,
                "FNPS",
                2024,
                figures,
                figures.allowance().subtract(figures.paid()),
                deadline,
                reportedOn,
                null,
                0);
    }

    @Test
    void aFundDeadlineIsPointedOutFromTheWarningDaysOnUntilTheReportOrTheLastPayment() {
        LocalDate deadline = LocalDate.of(2025, 6, 30);
        LocalDate today = LocalDate.of(2025, 5, 1);
        assertThat(AlertRules.funds(List.of(fund("400.00", deadline, null)), today, 59, Alerts.LINKS))
                .as("60 days left, 59 warned")
                .isEmpty();
        List<Alert> near = AlertRules.funds(List.of(fund("400.00", deadline, null)), today, 60, Alerts.LINKS);
        assertThat(kinds(near)).containsExactly(AlertKind.FUND_DEADLINE_NEAR);
        assertThat(near.get(0).arguments()).containsExactly("FNPS", "2024", new BigDecimal("600.00"), deadline, "60");
        assertThat(near.get(0).link()).isEqualTo("/plans/1/funds/2/2024");
        assertThat(kinds(AlertRules.funds(List.of(fund("400.00", deadline, null)), deadline, 60, Alerts.LINKS)))
                .as("on the day itself")
                .containsExactly(AlertKind.FUND_DEADLINE_NEAR);
        List<Alert> passed =
                AlertRules.funds(List.of(fund("400.00", deadline, null)), deadline.plusDays(3), 60, Alerts.LINKS);
        assertThat(kinds(passed)).containsExactly(AlertKind.FUND_DEADLINE_PASSED);
        assertThat(passed.get(0).arguments()).last().isEqualTo("3");
    }

    @Test
    void aFundReportedPaidOrWithoutDeadlineRaisesNothing() {
        LocalDate deadline = LocalDate.of(2025, 6, 30);
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertThat(AlertRules.funds(
                        List.of(
                                fund("400.00", deadline, LocalDate.of(2025, 5, 20)),
                                fund("1000.00", deadline, null),
                                fund("400.00", null, null)),
                        today,
                        60,
                        Alerts.LINKS))
                .isEmpty();
    }
}
