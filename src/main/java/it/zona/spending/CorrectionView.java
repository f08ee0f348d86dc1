package it.zona.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A correction of an entry: the signed difference, its day and reason, who recorded it. */
public record CorrectionView(
        long id, LocalDate date, BigDecimal amount, String reason, Instant recordedAt, String recordedBy) {}
