package it.zona.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.indicators.StatusRule.Reading;
import it.zona.indicators.StatusRule.Standing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status of a year, at its boundaries: the rule is in {@link StatusRule}'s documentation. */
class StatusRuleTest {

    private static final int YEAR = 2025;
    private static final LocalDate END = LocalDate.of(YEAR, 12, 31);
    /** 2 July 2025: day 183 of 365, just past half the year. */
    private static final LocalDate MID = LocalDate.of(YEAR, 7, 2);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Reading at(long id, LocalDate day, String value) {
        return new Reading(id, day, n(value), false);
    }

    private static Reading corrected(long id, LocalDate day, String value) {
        return new Reading(id, day, n(value), true);
    }

    private static IndicatorStatus higher(String baseline, String target, Reading... readings) {
        return StatusRule.evaluate(
                        Direction.HIGHER_IS_BETTER,
                        baseline == null ? null : n(baseline),
                        target == null ? null : n(target),
                        YEAR,
                        List.of(readings))
                .status();
    }

    private static IndicatorStatus lower(String baseline, String target, Reading... readings) {
        return StatusRule.evaluate(
                        Direction.LOWER_IS_BETTER,
                        baseline == null ? null : n(baseline),
                        target == null ? null : n(target),
                        YEAR,
                        List.of(readings))
                .status();
    }

    @Test
    void exactlyAtTheTargetIsReachedInEitherDirection() {
        assertThat(higher("10", "20", at(1, END, "20"))).isEqualTo(IndicatorStatus.REACHED);
        assertThat(higher("10", "20", at(1, END, "20.00"))).isEqualTo(IndicatorStatus.REACHED);
        assertThat(higher("10", "20", at(1, END, "19.99"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(lower("30", "20", at(1, END, "20"))).isEqualTo(IndicatorStatus.REACHED);
        assertThat(lower("30", "20", at(1, END, "20.01"))).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void lowerIsBetterIsReachedBelowTheTargetAndBehindAbove() {
        assertThat(lower("30", "20", at(1, END, "12"))).isEqualTo(IndicatorStatus.REACHED);
        assertThat(lower("30", "20", at(1, END, "35"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(higher("30", "20", at(1, END, "12")))
                .as("the same figures the other way round")
                .isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void onTrackMeansProgressAtLeastProportionalToTheYearGoneByOnTheMeasurementsDay() {
        // Day 183 of 365: 50.14% of the year. From 0 towards 365, 183 is exactly on pace.
        assertThat(higher("0", "365", at(1, MID, "183"))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(higher("0", "365", at(1, MID, "182.99"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(lower("365", "0", at(1, MID, "182"))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(lower("365", "0", at(1, MID, "182.01"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(higher("100", "200", at(1, LocalDate.of(YEAR, 1, 1), "100.28")))
                .as("one day in, a little progress is enough")
                .isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void aValueOfTheWholeYearIsJudgedAtItsEndSoOnlyTheTargetIsEnough() {
        assertThat(higher("0", "100", at(1, END, "99"))).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void withoutABaselineAValueShortOfTheTargetIsBehindButReachingItCounts() {
        assertThat(higher(null, "60", at(1, MID, "59"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(higher(null, "60", at(1, MID, "60"))).isEqualTo(IndicatorStatus.REACHED);
        assertThat(lower(null, "5", at(1, MID, "4"))).isEqualTo(IndicatorStatus.REACHED);
    }

    @Test
    void aBaselineThatAlreadyMetTheTargetLeavesAFallBehind() {
        assertThat(higher("80", "70", at(1, MID, "65"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(higher("70", "70", at(1, MID, "69"))).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void aCorrectedValueNoLongerCountsAndItsCorrectionDoes() {
        Reading wrong = corrected(1, END, "80");
        Reading right = at(2, END, "40");
        assertThat(higher("0", "60", wrong, right)).isEqualTo(IndicatorStatus.BEHIND);
        Standing standing =
                StatusRule.evaluate(Direction.HIGHER_IS_BETTER, n("0"), n("60"), YEAR, List.of(wrong, right));
        assertThat(standing.value()).isEqualByComparingTo("40");
        assertThat(higher("0", "60", wrong))
                .as("a year whose only value was corrected away has no data")
                .isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void theLatestDayCountsNotTheLatestRecordedAndTheLaterRecordedBreaksATie() {
        Reading june = at(5, LocalDate.of(YEAR, 6, 30), "10");
        Reading december = at(3, END, "70");
        assertThat(higher("0", "60", june, december)).isEqualTo(IndicatorStatus.REACHED);
        Reading sameDayLater = at(7, END, "50");
        assertThat(higher("0", "60", december, sameDayLater)).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void aYearWithoutTargetOrWithoutMeasurementHasNoData() {
        Standing noTarget =
                StatusRule.evaluate(Direction.HIGHER_IS_BETTER, n("0"), null, YEAR, List.of(at(1, END, "5")));
        assertThat(noTarget.status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(noTarget.value()).as("the value is still shown").isEqualByComparingTo("5");
        assertThat(higher("0", "10")).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(higher(null, null)).isEqualTo(IndicatorStatus.NO_DATA);
    }
}
