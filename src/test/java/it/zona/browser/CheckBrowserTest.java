package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import it.zona.browser.Visitor.Mode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen checks which of the Ambito di Poggiardo's services they may be entitled to, by keyboard
 * and without JavaScript: the form sent back with its mistakes, then the result, each page with no
 * axe-core violation (checked where scripts run), and no cookie left behind.
 */
@BrowserTest
class CheckBrowserTest {

    private static final String CHECK = "/districts/poggiardo/services/check";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(
            value = Mode.class,
            names = {"KEYBOARD", "NO_JAVASCRIPT"})
    void aCitizenCorrectsTheAnswersReadsTheResultServiceByServiceAndLeavesNoCookie(Mode mode) {
        try (Visitor citizen = new Visitor(port, mode)) {
            Page page = citizen.page();
            if (mode == Mode.NO_JAVASCRIPT) {
                // Without scripts a smooth scroll to a field or a button far below never ends, for
                // Playwright: the person has asked for no animations instead.
                page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            }
            citizen.open(CHECK);
            assertThat(page.locator("h1")).hasText("Verifica dei requisiti");
            noViolations(citizen, "the empty form");

            citizen.type("Età", "130");
            citizen.choose("Comune di residenza", "Poggiardo");
            citizen.choose("Tipo di ISEE", "ISEE sociosanitario");
            citizen.type("Valore dell’ISEE, in euro", "-5");
            citizen.button("Verifica i requisiti");
            assertThat(page.locator("h1")).hasText("Verifica dei requisiti");
            assertThat(page.locator("main .alert-danger")).isVisible();
            assertThat(citizen.field("Età")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#age-error")).hasText("L’età va da 0 a 120 anni.");
            assertThat(page.locator("#isee-error")).containsText("non sono negativi");
            assertThat(citizen.field("Età")).hasValue("130");
            assertThat(citizen.field("Comune di residenza")).hasValue("075061");
            noViolations(citizen, "the form sent back with errors");

            citizen.type("Età", "78");
            citizen.type("Valore dell’ISEE, in euro", "9.000,00");
            citizen.choose("Disabilità riconosciuta (L. 104/1992)", "art. 3, comma 3 (situazione di gravità)");
            citizen.type("Invalidità civile, in percentuale", "100");
            answerYes(citizen, "nonSelfSufficient");
            citizen.button("Verifica i requisiti");

            assertThat(page.locator("h1")).hasText("Risultato della verifica dei requisiti");
            assertThat(page.getByRole(AriaRole.NOTE)).containsText("orientamento, non una decisione");
            Locator met = page.locator("section:has(#met-title)");
            assertThat(met.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Assegno di cura")))
                    .isVisible();
            assertThat(met).containsText("Importo: 600,00 € (fascia con ISEE fino a 10.000,00 €).");
            assertThat(met).containsText("Cosa serve");
            assertThat(met).containsText("Dove andare");
            assertThat(page.locator("section:has(#not-met-title)")).containsText("Reddito minimo di inclusione");
            Locator print = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stampa il risultato"));
            if (mode == Mode.NO_JAVASCRIPT) {
                assertThat(print).isHidden();
            } else {
                assertThat(print).isVisible();
            }
            assertThat(page.locator("main")).containsText("usa il comando Stampa del browser");
            assertThat(page.url()).as("no answer in the address").endsWith(CHECK);
            noViolations(citizen, "the result");

            citizen.button("Modifica le risposte");
            assertThat(page.locator("h1")).hasText("Verifica dei requisiti");
            assertThat(citizen.field("Età")).hasValue("78");
            assertThat(citizen.field("Valore dell’ISEE, in euro")).hasValue("9000");
            assertThat(page.locator("#nonSelfSufficient-yes")).isChecked();
            assertThat(citizen.cookies()).as("cookies left by the check").isEmpty();
        }
    }

    /** Yes to a question of radio buttons: by keyboard, from the answer chosen, with the arrows. */
    private static void answerYes(Visitor citizen, String question) {
        Page page = citizen.page();
        Locator yes = page.locator("#" + question + "-yes");
        if (citizen.mode() == Mode.KEYBOARD) {
            citizen.tabTo(page.locator("#" + question + "-none"));
            page.keyboard().press("ArrowUp");
            page.keyboard().press("ArrowUp");
        } else {
            page.locator("label[for=" + question + "-yes]").click();
        }
        assertThat(yes).isChecked();
    }

    @Test
    void axeFindsAViolationPlantedInAPage() {
        try (Visitor citizen = new Visitor(port, Mode.MOUSE)) {
            citizen.open(CHECK);
            citizen.page().evaluate("() => document.querySelector('main').append(document.createElement('img'))");

            assertThat(citizen.axe().getViolations()).extracting(Rule::getId).contains("image-alt");
        }
    }

    /**
     * The page's title, heading and breadcrumb, and no axe-core violation where scripts run (axe is
     * a script: without JavaScript the same pages are checked by keyboard, and by EveryPageTest).
     */
    private static void noViolations(Visitor citizen, String what) {
        Page page = citizen.page();
        assertThat(page.title()).contains("Zona");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main nav.breadcrumb-container")).hasCount(1);
        for (Locator table : page.locator("main table").all()) {
            assertThat(table.locator("caption")).not().isEmpty();
        }
        if (citizen.mode() == Mode.NO_JAVASCRIPT) {
            return;
        }
        List<Rule> violations = citizen.axe().getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + what + ":\n"
                        + violations.stream()
                                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
