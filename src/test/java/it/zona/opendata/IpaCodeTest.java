package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class IpaCodeTest {

    @Test
    void aCodeIsKeptInLowerCaseWithoutTheSpacesAround() {
        assertThat(IpaCode.parse("ipaCode", "  R_Puglia ").value()).isEqualTo("r_puglia");
        assertThat(IpaCode.parse("ipaCode", "agid").value()).isEqualTo("agid");
        assertThat(IpaCode.parse("ipaCode", "c_G751").value()).isEqualTo("c_g751");
    }

    @Test
    void nothingTypedIsNoCode() {
        assertThat(IpaCode.parse("ipaCode", null)).isNull();
        assertThat(IpaCode.parse("ipaCode", "   ")).isNull();
    }

    @Test
    void aCodeOfTheWrongShapeIsRefusedNamingItsField() {
        for (String typed : new String[] {"c-g751", "1abc", "a", "asl le", "x".repeat(21), "àgid"}) {
            assertThatThrownBy(() -> IpaCode.parse("rightsHolderIpaCode", typed))
                    .as(typed)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.field()).isEqualTo("rightsHolderIpaCode");
                        assertThat(e.messageKey()).isEqualTo("opendata.ipaCode.shape");
                    });
        }
    }

    @Test
    void aMunicipalitysCodeIsCAndItsCadastralCode() {
        assertThatThrownBy(() -> IpaCode.parse("ipaCode", "c_poggiardo"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opendata.ipaCode.municipality"));
        assertThat(IpaCode.ofMunicipality("G751").value()).isEqualTo("c_g751");
        assertThat(IpaCode.ofMunicipality(null)).isNull();
        assertThat(IpaCode.ofMunicipality("")).isNull();
    }
}
