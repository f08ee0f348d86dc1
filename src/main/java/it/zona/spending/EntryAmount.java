package it.zona.spending;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;

/**
 * An entry's amount as recorded and as its corrections leave it. A correction records the signed
 * difference; it may bring the entry down to zero (a payment recorded by mistake is reversed by a
 * correction of minus its amount), never past it: a payment does not become a refund, nor a
 * variation that raised the allowance one that lowers it.
 *
 * @param recorded the amount the entry was recorded with
 * @param net the amount with the corrections recorded so far
 */
record EntryAmount(BigDecimal recorded, BigDecimal net) {

    void requireCorrection(BigDecimal delta, String field) {
        if (delta.signum() == 0) {
            throw RuleViolationException.invalid(field, "error.spending.amountZero");
        }
        BigDecimal after = net.add(delta);
        if (after.signum() != 0 && after.signum() != recorded.signum()) {
            throw RuleViolationException.invalid(field, "error.spending.correctionPastZero", net, delta);
        }
    }
}
