package it.zona.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LepsCheckTest {

    @Test
    void aDistrictOf24000InhabitantsNeedsFourPointEightSocialWorkersAndSixForTheTarget() {
        LepsCheck check = LepsCheck.of(2025, 24_000, new BigDecimal("4"));
        assertThat(check.minimumFte()).isEqualByComparingTo("4.80");
        assertThat(check.targetFte()).isEqualByComparingTo("6.00");
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0.80");
        assertThat(check.gapToTarget()).isEqualByComparingTo("2.00");
        assertThat(check.inhabitantsPerWorker()).isEqualTo(6000);
        assertThat(check.meetsMinimum()).isFalse();
    }

    @Test
    void exactlyOneWorkerPer5000InhabitantsMeetsTheMinimumButNotTheTarget() {
        LepsCheck check = LepsCheck.of(2025, 25_000, new BigDecimal("5.00"));
        assertThat(check.meetsMinimum()).isTrue();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0");
        assertThat(check.meetsTarget()).isFalse();
        assertThat(check.gapToTarget()).isEqualByComparingTo("1.25");
    }

    @Test
    void oneInhabitantMoreThanTheMinimumCoversIsAGapEvenIfTheRoundedRatioLooksFine() {
        LepsCheck check = LepsCheck.of(2025, 25_001, new BigDecimal("5.00"));
        assertThat(check.meetsMinimum()).isFalse();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("0.01");
        assertThat(check.inhabitantsPerWorker()).isEqualTo(5000);
    }

    @Test
    void noSocialWorkerAtAllHasNoRatioAndTheWholeMinimumAsGap() {
        LepsCheck check = LepsCheck.of(2025, 10_000, BigDecimal.ZERO);
        assertThat(check.inhabitantsPerWorker()).isNull();
        assertThat(check.gapToMinimum()).isEqualByComparingTo("2.00");
    }
}
