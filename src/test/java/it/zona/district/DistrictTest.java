package it.zona.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class DistrictTest {

    private static final String POGGIARDO = "075061";
    private static final String ANDRANO = "075005";

    private static District poggiardo() {
        return new District(
                "poggiardo",
                new DistrictDetails(
                        "Ambito di Poggiardo", LegalForm.CONSORZIO, null, null, null, null, null, null, null),
                POGGIARDO,
                false);
    }

    @Test
    void theLeadMunicipalityIsAMemberFromTheStart() {
        assertThat(poggiardo().municipalities()).containsExactly(POGGIARDO);
    }

    @Test
    void theLeadMustBeAMember() {
        District district = poggiardo();
        assertThatThrownBy(() -> district.makeLead(ANDRANO))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.district.leadNotMember");
        district.addMunicipality(ANDRANO);
        district.makeLead(ANDRANO);
        assertThat(district.leadMunicipality()).isEqualTo(ANDRANO);
    }

    @Test
    void theLeadCannotBeRemovedButOtherMembersCan() {
        District district = poggiardo();
        district.addMunicipality(ANDRANO);
        assertThatThrownBy(() -> district.removeMunicipality(POGGIARDO)).isInstanceOf(RuleViolationException.class);
        district.removeMunicipality(ANDRANO);
        assertThat(district.municipalities()).containsExactly(POGGIARDO);
    }

    @Test
    void addingAMemberTwiceChangesNothing() {
        District district = poggiardo();
        assertThat(district.addMunicipality(ANDRANO)).isTrue();
        assertThat(district.addMunicipality(ANDRANO)).isFalse();
        assertThat(district.municipalities()).hasSize(2);
    }
}
