package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.zona.browser.Visitor.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen finds when the Ambito di Poggiardo receives the public, in both languages. */
@BrowserTest
class CitizenJourneyTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aCitizenSwitchesLanguageOpensTheAmbitoAndFindsAnOfficesReceptionHours(Mode mode) {
        try (Visitor citizen = new Visitor(port, mode)) {
            Page page = citizen.open("/").page();
            assertThat(page.locator("html")).hasAttribute("lang", "it");
            assertThat(page.locator("h1")).hasText("Piani di Zona degli Ambiti territoriali sociali");

            citizen.link("ENG");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Local social plans of the social districts");
            citizen.link("ITA");
            assertThat(page.locator("html")).hasAttribute("lang", "it");

            // The home page lists the Districts a page at a time: the citizen looks for hers by a town.
            citizen.type("Cerca un Ambito, un Comune, una provincia o una regione", "Castro");
            citizen.button("Cerca");
            assertThat(page.locator("main [role=status]")).containsText("Castro");
            citizen.link("Ambito territoriale sociale di Poggiardo");
            assertThat(page.locator("h1")).hasText("Ambito territoriale sociale di Poggiardo");
            Locator hours = page.getByRole(
                    AriaRole.TABLE,
                    new Page.GetByRoleOptions()
                            .setName("Orari di ricevimento – Sede del Consorzio e Ufficio di Piano"));
            assertThat(hours).isVisible();
            assertThat(hours.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("lunedì")))
                    .containsText("09:00–12:00");
            assertThat(page.getByText("Viale della Repubblica 12, 73037 Poggiardo"))
                    .isVisible();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/districts/poggiardo", "/login"})
    void theFocusMovesThroughThePageInReadingOrder(String path) {
        try (Visitor citizen = new Visitor(port, Mode.KEYBOARD)) {
            citizen.open(path);
            assertThat(citizen.tabsInReadingOrder())
                    .as("the focus moves in reading order")
                    .isTrue();
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesTheFocusToTheContent() {
        try (Visitor citizen = new Visitor(port, Mode.KEYBOARD)) {
            Page page = citizen.open("/districts/poggiardo").page();
            page.keyboard().press("Tab");
            Locator skip =
                    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vai al contenuto principale"));
            assertThat(skip).isFocused();
            assertThat(skip).isVisible();
            page.keyboard().press("Enter");
            assertThat(page.locator("main")).isFocused();
            // The next Tab goes on from the content, not from the top of the page.
            page.keyboard().press("Tab");
            assertThat(page.locator("main :focus")).hasCount(1);
        }
    }
}
