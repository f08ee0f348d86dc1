package it.zona.budget;

import java.math.BigDecimal;

/** A budget line with the names of its intervention, area and funding source. */
public record BudgetLineView(
        long id,
        long planId,
        long interventionId,
        String intervention,
        String area,
        int year,
        long fundingSourceId,
        String fundingSource,
        BigDecimal amount,
        String note,
        long version) {}
