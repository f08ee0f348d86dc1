package it.zona.spending;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fund annuality of a plan (a funding source in one year, such as FNPS 2024): its money summed over
 * the plan's lines of that source and year, what is still to be paid of it ({@code unpaid}: the
 * allowance less the payments, whether committed or not), the reporting deadline and the report once
 * made. {@code version} is {@value SpendingLedger#NOT_SET} while the office has recorded nothing.
 */
public record FundAnnualityView(
        long planId,
        long fundingSourceId,
        String fundingSource,
        int year,
        SpendingFigures figures,
        BigDecimal unpaid,
        LocalDate reportingDeadline,
        LocalDate reportedOn,
        String reportAct,
        long version) {

    static FundAnnualityView of(
            long planId,
            long fundingSourceId,
            String fundingSource,
            int year,
            SpendingFigures figures,
            LocalDate reportingDeadline,
            LocalDate reportedOn,
            String reportAct,
            long version) {
        return new FundAnnualityView(
                planId,
                fundingSourceId,
                fundingSource,
                year,
                figures,
                figures.allowance().subtract(figures.paid()),
                reportingDeadline,
                reportedOn,
                reportAct,
                version);
    }

    public boolean reported() {
        return reportedOn != null;
    }

    public FundAnnualityForm toForm() {
        return new FundAnnualityForm(reportingDeadline, reportedOn, reportAct, version);
    }
}
