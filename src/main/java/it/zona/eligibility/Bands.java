package it.zona.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ISEE bands of a titolo sociale: by the ISEE of one kind, the amount the person receives or
 * the contribution they pay. The band that applies is the first whose upper limit the ISEE does not
 * exceed; the last band may be left open above.
 */
@Schema(name = "IseeBands")
public record Bands(BandKind kind, IseeType type, List<Band> items) {

    public Bands {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One band.
     *
     * @param iseeUpTo the highest ISEE of the band, included; null for the last band, open above
     * @param value the amount or the contribution, in euros
     */
    @Schema(name = "IseeBand")
    public record Band(BigDecimal iseeUpTo, BigDecimal value) {

        boolean covers(BigDecimal isee) {
            return iseeUpTo == null || isee.compareTo(iseeUpTo) <= 0;
        }
    }

    /** The band that applies to the answers, and why; or why none does. */
    BandFinding apply(Answers answers) {
        BigDecimal isee = answers.isee();
        if (isee == null) {
            return new BandFinding(kind, null, Judgement.unknown("eligibility.band.iseeMissing", type.label()));
        }
        if (answers.iseeType() == null) {
            return new BandFinding(kind, null, Judgement.unknown("eligibility.band.iseeTypeMissing"));
        }
        if (answers.iseeType() != type) {
            return new BandFinding(
                    kind,
                    null,
                    Judgement.notMet(
                            "eligibility.band.otherType",
                            type.label(),
                            answers.iseeType().label()));
        }
        for (int i = 0; i < items.size(); i++) {
            Band band = items.get(i);
            if (band.covers(isee)) {
                return new BandFinding(kind, band, applies(band, i == 0 ? null : items.get(i - 1)));
            }
        }
        // Only when the office left no band open above: the ISEE is beyond what the service gives.
        return new BandFinding(
                kind,
                null,
                Judgement.notMet(
                        "eligibility.band.aboveAll",
                        isee,
                        items.get(items.size() - 1).iseeUpTo()));
    }

    /** Why the band applies: up to its limit, above the previous band's, or whatever the ISEE. */
    private Judgement applies(Band band, Band previous) {
        boolean amount = kind == BandKind.AMOUNT;
        if (band.iseeUpTo() != null) {
            return Judgement.met(
                    amount ? "eligibility.band.amountUpTo" : "eligibility.band.contributionUpTo",
                    band.value(),
                    band.iseeUpTo());
        }
        if (previous != null) {
            return Judgement.met(
                    amount ? "eligibility.band.amountAbove" : "eligibility.band.contributionAbove",
                    band.value(),
                    previous.iseeUpTo());
        }
        return Judgement.met(amount ? "eligibility.band.amountAny" : "eligibility.band.contributionAny", band.value());
    }

    /** Refuses bands the office could not mean, naming the field under {@code path}. */
    void validate(String path) {
        if (kind == null) {
            throw RuleViolationException.invalid(path + ".kind", "error.eligibility.bandKindRequired");
        }
        if (type == null) {
            throw RuleViolationException.invalid(path + ".type", "error.eligibility.iseeTypeRequired");
        }
        if (items.isEmpty()) {
            throw RuleViolationException.invalid(path + ".items", "error.eligibility.bandsEmpty");
        }
        BigDecimal previous = null;
        for (int i = 0; i < items.size(); i++) {
            Band band = items.get(i);
            String field = path + ".items[" + i + "]";
            CriteriaValidation.requiredAmount(field + ".value", band.value());
            if (band.iseeUpTo() == null) {
                if (i < items.size() - 1) {
                    throw RuleViolationException.invalid(field + ".iseeUpTo", "error.eligibility.openBandNotLast");
                }
                continue;
            }
            CriteriaValidation.amount(field + ".iseeUpTo", band.iseeUpTo());
            // Equal limits would leave a band no ISEE falls in.
            if (previous != null && band.iseeUpTo().compareTo(previous) <= 0) {
                throw RuleViolationException.invalid(field + ".iseeUpTo", "error.eligibility.bandsNotAscending");
            }
            previous = band.iseeUpTo();
        }
    }
}
