package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.zona.browser.Visitor.Mode;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff of a District at work: what they may do, and what a viewer may not. */
@BrowserTest
class StaffJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationRegistry organizations;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAdminCorrectsAnInvalidTaxCodeEditsTheOrganisationAndFindsBothChangesInTheLog(Mode mode) {
        TestDistrict district = fixtures.district();
        String name = "Cooperativa Girasole " + Fixtures.unique();
        try (Visitor admin = new Visitor(port, mode)) {
            Page page = admin.page();
            admin.signIn(district.admin().username(), Fixtures.PASSWORD);
            admin.link(district.name());
            admin.section("Organizzazioni");
            admin.link("Nuova organizzazione");

            admin.type("Denominazione", name);
            admin.choose("Tipo", "Cooperativa sociale");
            admin.type("Codice fiscale", "12345670487");
            admin.button("Salva");
            Locator taxCode = admin.field("Codice fiscale");
            assertThat(taxCode).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#taxCode-error")).containsText("Codice fiscale non valido");
            assertThat(taxCode).hasValue("12345670487");
            assertThat(admin.field("Denominazione")).hasValue(name);

            admin.type("Codice fiscale", "12345670488");
            admin.button("Salva");
            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("è stata aggiunta");

            admin.section("Organizzazioni");
            admin.type("Nome, codice fiscale o partita IVA", "girasole");
            admin.button("Cerca");
            admin.link(name);
            admin.link("Modifica");
            admin.type("Denominazione", name + " ETS");
            admin.button("Salva");
            assertThat(page.locator("h1")).hasText(name + " ETS");

            admin.section("Registro delle modifiche");
            Locator organisation = page.getByRole(AriaRole.TABLE)
                    .getByRole(AriaRole.ROW)
                    .filter(new Locator.FilterOptions().setHasText("Organizzazione"));
            assertThat(organisation).hasCount(2);
            // Operation names, case-sensitive: "Dati modificati" (fields changed) is in every row.
            assertThat(organisation.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Creazione"))))
                    .hasCount(1);
            assertThat(organisation.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Modifica\\b"))))
                    .containsText(name + " ETS");

            admin.button("Esci");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sei uscito");
            admin.open("/dashboard");
            assertThat(page.locator("h1")).hasText("Accedi all’area riservata");
        }
    }

    @Test
    void theFocusMovesThroughAFormInReadingOrder() {
        TestDistrict district = fixtures.district();
        try (Visitor admin = new Visitor(port, Mode.KEYBOARD)) {
            admin.signIn(district.admin().username(), Fixtures.PASSWORD);
            admin.open("/districts/" + district.slug() + "/organizations/new");
            assertThat(admin.tabsInReadingOrder())
                    .as("the focus moves in reading order")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aViewerSeesNoEditButtonsAndIsRefusedTheFormsAddress(Mode mode) {
        TestDistrict district = fixtures.district();
        long id = fixtures.as(
                district.admin().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        "Associazione Aurora",
                                        OrganizationType.ASSOCIATION,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .id());
        try (Visitor viewer = new Visitor(port, mode)) {
            Page page = viewer.page();
            viewer.signIn(district.viewer().username(), Fixtures.PASSWORD);
            viewer.open("/districts/" + district.slug() + "/organizations");
            assertThat(page.locator("h1")).hasText("Organizzazioni");
            assertThat(page.getByText("Nuova organizzazione")).hasCount(0);
            viewer.link("Associazione Aurora");
            assertThat(page.locator("h1")).hasText("Associazione Aurora");
            assertThat(page.getByText("Modifica", new Page.GetByTextOptions().setExact(true)))
                    .hasCount(0);
            assertThat(page.getByText("Elimina", new Page.GetByTextOptions().setExact(true)))
                    .hasCount(0);

            viewer.open("/districts/" + district.slug() + "/organizations/" + id + "/edit");
            assertThat(page.locator("h1")).hasText("Errore 403");
            assertThat(page.locator("main")).containsText("Non hai i permessi");
        }
    }
}
