package it.zona.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappingDefaultsTest {

    @Test
    void anAreaSeededFromIstatKeepsItsProposalWhenRenamed() {
        assertThat(MappingDefaults.area("ELDERLY", "Terza età")).isEqualTo(SurveyArea.ELDERLY);
        assertThat(MappingDefaults.area("IMMIGRANTS", "Stranieri")).isEqualTo(SurveyArea.IMMIGRANTS_AND_NOMADS);
        assertThat(MappingDefaults.area("MULTI_USER", "Azioni di sistema")).isEqualTo(SurveyArea.MULTI_USER);
    }

    @Test
    void mentalHealthGoesWhereTheSurveyCountsItAmongAdultsInHardship() {
        assertThat(MappingDefaults.area("MENTAL_HEALTH", "Salute mentale")).isEqualTo(SurveyArea.POVERTY_AND_HOMELESS);
    }

    @Test
    void anAreaOfTheDistrictsOwnIsProposedByItsNameOrNotAtAll() {
        assertThat(MappingDefaults.area(null, "Anziani non autosufficienti")).isEqualTo(SurveyArea.ELDERLY);
        assertThat(MappingDefaults.area(null, "Minori stranieri")).isEqualTo(SurveyArea.FAMILY_AND_MINORS);
        assertThat(MappingDefaults.area(null, "Area Adulti")).isEqualTo(SurveyArea.POVERTY_AND_HOMELESS);
        assertThat(MappingDefaults.area(null, "Innovazione sociale")).isNull();
    }

    @Test
    void aUsualSourceIsProposedByItsCodeAndAnOwnSourceIsLeftToTheOffice() {
        assertThat(MappingDefaults.source("POVERTY_FUND")).isEqualTo(NationalCategory.POVERTY_FUND);
        assertThat(MappingDefaults.source("CO_PAYMENT")).isEqualTo(NationalCategory.CO_PAYMENT);
        assertThat(MappingDefaults.source(null)).isNull();
        assertThat(MappingDefaults.source("LOTTERY")).isNull();
    }

    @Test
    void aTitoloSocialeIsATransferInMoneyAndAnInterventionWithAFacilityAFacility() {
        assertThat(MappingDefaults.intervention("VOUCHER", true)).isEqualTo(SpendingType.CASH_TRANSFERS);
        assertThat(MappingDefaults.intervention("SERVICE", true)).isEqualTo(SpendingType.FACILITIES);
        assertThat(MappingDefaults.intervention("PROJECT", false)).isEqualTo(SpendingType.SERVICES);
    }

    @Test
    void onlyFnpsThePovertyFundAndFnaAreNationalFunds() {
        assertThat(NationalCategory.values())
                .filteredOn(NationalCategory::isNationalFund)
                .containsExactly(NationalCategory.FNPS, NationalCategory.POVERTY_FUND, NationalCategory.FNA);
    }
}
