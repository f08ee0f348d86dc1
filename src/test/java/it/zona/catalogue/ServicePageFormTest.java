package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServicePageFormTest {

    @Test
    void theServiceFormsWindowAndListElementsAreSaidOfThePagesFields() {
        assertThat(ServicePageForm.pageField("window")).isEqualTo("windowOpensOn");
        assertThat(ServicePageForm.pageField("window.closesOn")).isEqualTo("windowClosesOn");
        assertThat(ServicePageForm.pageField("window.budget")).isEqualTo("windowBudget");
        assertThat(ServicePageForm.pageField("municipalities[2].<list element>"))
                .isEqualTo("municipalities");
        assertThat(ServicePageForm.pageField("interventionIds[0]")).isEqualTo("interventionIds");
        assertThat(ServicePageForm.pageField("title")).isEqualTo("title");
    }

    @Test
    void windowFieldsAllLeftEmptyAreNoWindowAndUntickedBoxesEmptyLists() {
        SocialServiceForm sent = new ServicePageForm(
                        ServiceKind.SERVICE,
                        null,
                        "",
                        "",
                        null,
                        null,
                        null,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .toServiceForm();

        assertThat(sent.window()).isNull();
        assertThat(sent.serviceCode()).as("no code chosen").isNull();
        assertThat(sent.audiences()).isEmpty();
        assertThat(sent.municipalities()).isEmpty();
        assertThat(sent.officeIds()).isEmpty();
        assertThat(sent.interventionIds()).isEqualTo(List.of());
    }
}
