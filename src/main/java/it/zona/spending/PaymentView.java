package it.zona.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payment against a commitment, with its corrections and the amount they leave. */
public record PaymentView(
        long id,
        long commitmentId,
        long budgetLineId,
        LocalDate date,
        String number,
        BigDecimal amount,
        BigDecimal netAmount,
        String note,
        List<CorrectionView> corrections,
        Long importId,
        Instant recordedAt,
        String recordedBy) {}
