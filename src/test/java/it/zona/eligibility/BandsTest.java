package it.zona.eligibility;

import static it.zona.eligibility.GivenAnswers.given;
import static it.zona.eligibility.Verdict.MET;
import static it.zona.eligibility.Verdict.NOT_MET;
import static it.zona.eligibility.Verdict.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band of a titolo sociale that applies to an ISEE: limits included, the last one open. */
class BandsTest {

    private static final Bands.Band UP_TO_6000 = band("6000.00", "400.00");
    private static final Bands.Band UP_TO_12000 = band("12000.00", "250.00");
    private static final Bands.Band ABOVE = band(null, "100.00");
    private static final Bands AMOUNTS =
            new Bands(BandKind.AMOUNT, IseeType.ORDINARY, List.of(UP_TO_6000, UP_TO_12000, ABOVE));

    private static Bands.Band band(String upTo, String value) {
        return new Bands.Band(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(value));
    }

    private static BandFinding apply(Bands bands, String isee) {
        return bands.apply(given().isee(IseeType.ORDINARY, isee).answers());
    }

    @Test
    void theFirstBandWhoseLimitTheIseeDoesNotExceedApplies() {
        assertThat(apply(AMOUNTS, "0"))
                .isEqualTo(new BandFinding(
                        BandKind.AMOUNT,
                        UP_TO_6000,
                        MET,
                        "eligibility.band.amountUpTo",
                        List.of(new BigDecimal("400.00"), new BigDecimal("6000.00"))));
        assertThat(apply(AMOUNTS, "6000.00").band())
                .as("the limit is in its band")
                .isEqualTo(UP_TO_6000);
        assertThat(apply(AMOUNTS, "6000.01").band()).isEqualTo(UP_TO_12000);
        assertThat(apply(AMOUNTS, "12000").band()).isEqualTo(UP_TO_12000);
    }

    @Test
    void aboveTheLastLimitTheOpenBandApplies() {
        assertThat(apply(AMOUNTS, "12000.01"))
                .isEqualTo(new BandFinding(
                        BandKind.AMOUNT,
                        ABOVE,
                        MET,
                        "eligibility.band.amountAbove",
                        List.of(new BigDecimal("100.00"), new BigDecimal("12000.00"))));
        assertThat(apply(new Bands(BandKind.CONTRIBUTION, IseeType.ORDINARY, List.of(ABOVE)), "50000"))
                .isEqualTo(new BandFinding(
                        BandKind.CONTRIBUTION,
                        ABOVE,
                        MET,
                        "eligibility.band.contributionAny",
                        List.of(new BigDecimal("100.00"))));
    }

    @Test
    void withoutAnOpenBandAnIseeAboveEveryLimitHasNone() {
        Bands closed = new Bands(BandKind.CONTRIBUTION, IseeType.ORDINARY, List.of(UP_TO_6000, UP_TO_12000));

        assertThat(apply(closed, "12000.00").messageKey()).isEqualTo("eligibility.band.contributionUpTo");
        assertThat(apply(closed, "12000.01"))
                .isEqualTo(new BandFinding(
                        BandKind.CONTRIBUTION,
                        null,
                        NOT_MET,
                        "eligibility.band.aboveAll",
                        List.of(new BigDecimal("12000.01"), new BigDecimal("12000.00"))));
    }

    @Test
    void anIseeOfAnotherKindHasNoBand() {
        BandFinding finding =
                AMOUNTS.apply(given().isee(IseeType.SOCIO_HEALTH, "100").answers());

        assertThat(finding)
                .isEqualTo(new BandFinding(
                        BandKind.AMOUNT,
                        null,
                        NOT_MET,
                        "eligibility.band.otherType",
                        List.of(IseeType.ORDINARY.label(), IseeType.SOCIO_HEALTH.label())));
        assertThat(finding.applying()).isEmpty();
    }

    @Test
    void noIseeOrNoKindIsUnknown() {
        assertThat(AMOUNTS.apply(Answers.none()))
                .isEqualTo(new BandFinding(
                        BandKind.AMOUNT,
                        null,
                        UNKNOWN,
                        "eligibility.band.iseeMissing",
                        List.of(IseeType.ORDINARY.label())));
        assertThat(AMOUNTS.apply(given().isee(null, "100").answers()))
                .isEqualTo(
                        new BandFinding(BandKind.AMOUNT, null, UNKNOWN, "eligibility.band.iseeTypeMissing", List.of()));
    }
}
