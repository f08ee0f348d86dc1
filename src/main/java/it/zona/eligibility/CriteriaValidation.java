package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

/**
 * Refuses criteria and bands an office could not mean, as it enters them, with the first problem
 * found and the field it is in ({@code criteria.items[1].max}, {@code bands.items[0].value}): the
 * check would otherwise answer nonsense to citizens without anybody noticing.
 */
final class CriteriaValidation {

    /** The oldest age a criterion or an answer may name. */
    static final int OLDEST = 120;

    /** How deep groups may nest: deeper than this nobody can read the criteria any more. */
    static final int MAX_DEPTH = 3;

    private CriteriaValidation() {}

    /**
     * @param criteria the service's criteria, or null if it has none
     * @param bands the service's ISEE bands, or null if it has none
     * @param districtMunicipalities the ISTAT codes of the District's member municipalities
     */
    static void validate(AccessCriteria criteria, Bands bands, Collection<String> districtMunicipalities) {
        if (criteria != null) {
            criteria.validate("criteria", 1, Set.copyOf(districtMunicipalities));
        }
        if (bands != null) {
            bands.validate("bands");
        }
    }

    /** An age, if given, within a human life. */
    static void age(String field, Integer age) {
        if (age != null && (age < 0 || age > OLDEST)) {
            throw RuleViolationException.invalid(field, "error.eligibility.ageOutOfRange", 0, OLDEST);
        }
    }

    /** An amount of euros, if given: not negative, and in cents at most. */
    static void amount(String field, BigDecimal amount) {
        if (amount != null
                && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw RuleViolationException.invalid(field, "error.eligibility.amountInvalid");
        }
    }

    /** An amount of euros that must be given. */
    static void requiredAmount(String field, BigDecimal amount) {
        if (amount == null) {
            throw RuleViolationException.invalid(field, "error.eligibility.amountRequired");
        }
        amount(field, amount);
    }
}
