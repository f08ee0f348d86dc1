package it.zona.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment with what became of it: {@code amount} as recorded, {@code netAmount} with its
 * corrections, what was de-committed and paid against it, and the residue still to pay.
 */
public record CommitmentView(
        long id,
        long budgetLineId,
        long planId,
        String actNumber,
        LocalDate actDate,
        BigDecimal amount,
        BigDecimal netAmount,
        BigDecimal decommitted,
        BigDecimal paid,
        BigDecimal residue,
        Beneficiary beneficiary,
        String cig,
        String cup,
        String description,
        List<CorrectionView> corrections,
        Long importId,
        Instant recordedAt,
        String recordedBy) {

    /** The organisation the money goes to. */
    public record Beneficiary(long id, String name) {}
}
