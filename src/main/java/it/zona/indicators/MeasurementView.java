package it.zona.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measurement in an indicator's history: {@code corrects} names the one it corrects,
 * {@code correctedBy} the one that corrects it (then it no longer counts). Who recorded it is for
 * the District's staff only: null for anyone else.
 */
public record MeasurementView(
        long id,
        long indicatorId,
        int year,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate referenceDate,
        BigDecimal value,
        String source,
        String note,
        Long corrects,
        Long correctedBy,
        String recordedBy,
        Instant recordedAt) {

    public boolean corrected() {
        return correctedBy != null;
    }
}
