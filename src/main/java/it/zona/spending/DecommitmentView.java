package it.zona.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A de-commitment of a commitment, with its corrections and the amount they leave. */
public record DecommitmentView(
        long id,
        long commitmentId,
        long budgetLineId,
        String actNumber,
        LocalDate actDate,
        BigDecimal amount,
        BigDecimal netAmount,
        String reason,
        List<CorrectionView> corrections,
        Long importId,
        Instant recordedAt,
        String recordedBy) {}
