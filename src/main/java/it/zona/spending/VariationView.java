package it.zona.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A budget variation of a line, with its corrections and the amount they leave. */
public record VariationView(
        long id,
        long budgetLineId,
        String actNumber,
        LocalDate actDate,
        BigDecimal amount,
        BigDecimal netAmount,
        String reason,
        List<CorrectionView> corrections,
        Instant recordedAt,
        String recordedBy) {}
