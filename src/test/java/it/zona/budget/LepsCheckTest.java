package it.zona.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LepsCheckTest {

    private static final LocalDate JANUARY_2026 = LocalDate.of(2026, 1, 1);

    @Test
    void aDistrictOf24000InhabitantsNeedsFourPointEightSocialWorkersAndSixForTheTarget() {
        LepsCheck check = LepsCheck.of(2025, 24_000, JANUARY_2026, new BigDecimal("4"), BigDecimal.ZERO);
        assertThat(check.minimumFte()).isEqualByComparingTo("4.80");
        assertThat(check.targetFte()).isEqualByComparingTo("6.00");
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0.80");
        assertThat(check.gapToTarget()).isEqualByComparingTo("2.00");
        assertThat(check.inhabitantsPerWorker()).isEqualTo(6000);
        assertThat(check.meetsMinimum()).isFalse();
    }

    @Test
    void exactlyOneWorkerPer5000InhabitantsMeetsTheMinimumButNotTheTarget() {
        LepsCheck check = LepsCheck.of(2025, 25_000, JANUARY_2026, new BigDecimal("5.00"), BigDecimal.ZERO);
        assertThat(check.meetsMinimum()).isTrue();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0");
        assertThat(check.meetsTarget()).isFalse();
        assertThat(check.gapToTarget()).isEqualByComparingTo("1.25");
    }

    @Test
    void oneInhabitantMoreThanTheMinimumCoversIsAGapEvenIfTheRoundedRatioLooksFine() {
        LepsCheck check = LepsCheck.of(2025, 25_001, JANUARY_2026, new BigDecimal("5.00"), BigDecimal.ZERO);
        assertThat(check.meetsMinimum()).isFalse();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0.01");
        assertThat(check.inhabitantsPerWorker()).isEqualTo(5000);
    }

    @Test
    void noSocialWorkerAtAllHasNoRatioAndTheWholeMinimumAsGap() {
        LepsCheck check = LepsCheck.of(2025, 10_000, JANUARY_2026, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(check.inhabitantsPerWorker()).isNull();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("2.00");
    }

    @Test
    void socialWorkersOfOtherEmployersAreShownButDoNotCloseTheGap() {
        LepsCheck check = LepsCheck.of(2026, 25_000, JANUARY_2026, new BigDecimal("4"), new BigDecimal("3.5"));
        assertThat(check.socialWorkerFte()).isEqualByComparingTo("4.00");
        assertThat(check.otherSocialWorkerFte()).isEqualByComparingTo("3.50");
        assertThat(check.meetsMinimum()).isFalse();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("1.00");
        assertThat(check.inhabitantsPerWorker()).isEqualTo(6250);
    }

    @Test
    void theCheckSaysWhetherItUsesTheYearsOwnPopulationOrTheLatestKnown() {
        LepsCheck ownYear = LepsCheck.of(2026, 25_000, JANUARY_2026, BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(ownYear.populationYear()).isEqualTo(2026);
        assertThat(ownYear.populationOfTheYear()).isTrue();
        LepsCheck laterYear = LepsCheck.of(2028, 25_000, JANUARY_2026, BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(laterYear.populationYear()).isEqualTo(2026);
        assertThat(laterYear.populationOfTheYear()).isFalse();
    }
}
