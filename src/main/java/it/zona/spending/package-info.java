/**
 * Spending against the plan's budget lines: the commitments (impegni) the office records with their
 * act and beneficiary, the payments (liquidazioni, mandati) against each commitment, the
 * de-commitments that reduce one, and the budget variations that raise or lower a line's allowance;
 * the rules that keep payments within their commitment and commitments within the allowance; the
 * totals by line, year, source and area ({@link it.zona.spending.SpendingTotals}); the import of the
 * accounting system's CSV export ({@code imports}).
 */
@ApplicationModule(
        allowedDependencies = {
            "budget",
            "district",
            "identity",
            "opendata",
            "organization",
            "plan",
            "programme",
            "shared"
        })
package it.zona.spending;

import org.springframework.modulith.ApplicationModule;
