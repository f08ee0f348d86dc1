package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import it.zona.browser.Visitor.Mode;
import it.zona.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the sites of Italian public bodies are expected to follow (Designers Italia, AgID, GDPR). */
@BrowserTest
class ConventionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"budget", "participation"})
    void theChartsTextStaysAtLeast12PixelsOnA390PixelPhone(String chartPage) {
        long plan =
                jdbc.queryForObject("select id from plan where title = 'Piano sociale di zona 2024-2026'", Long.class);
        try (Visitor visitor = new Visitor(port, Mode.MOUSE)) {
            Page page = visitor.page();
            page.setViewportSize(Visitor.MOBILE_WIDTH, 844);
            visitor.open("/plans/" + plan + "/" + chartPage);
            assertThat(page.locator("main figure.zona-chart").first()).isVisible();
            // The size each piece of chart text is drawn at: its font size, times the scale of the SVG it sits in.
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) page.evaluate("""
                    () => [...document.querySelectorAll('main figure.zona-chart *')]
                        .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                        .filter(e => !e.classList.contains('visually-hidden'))
                        .map(e => parseFloat(getComputedStyle(e).fontSize) * (e.getScreenCTM ? e.getScreenCTM().a : 1))
                    """);
            assertThat(sizes)
                    .isNotEmpty()
                    .allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(12));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Mode.class,
            names = {"MOUSE", "NO_JAVASCRIPT"})
    void pagesAreSetInTitilliumWebLoadedFromTheBootstrapItaliaWebjar(Mode mode) {
        try (Visitor visitor = new Visitor(port, mode)) {
            Page page = visitor.open("/districts/poggiardo").page();
            page.waitForFunction(
                    "() => [...document.fonts].some(f => f.family.includes('Titillium Web') && f.status === 'loaded')");
            assertThat((String) page.evaluate("() => getComputedStyle(document.querySelector('h1')).fontFamily"))
                    .startsWith("\"Titillium Web\"");
            assertThat((Boolean) page.evaluate("() => document.fonts.check('700 16px \"Titillium Web\"')"))
                    .isTrue();
            // Bootstrap Italia 2, from its webjar (the link names the webjar's version).
            assertThat(page.locator("link[rel=stylesheet][href^='/webjars/bootstrap-italia/2.']"))
                    .hasCount(1);
        }
    }

    @Test
    void everyPageLinksTheAccessibilityStatementThePrivacyNoticeAndTheLegalNotes() {
        try (Visitor visitor = new Visitor(port, Mode.MOUSE)) {
            for (String path : List.of("/", "/districts/poggiardo", "/login")) {
                Page page = visitor.open(path).page();
                Locator footer = page.locator("footer");
                assertThat(footer.getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName("Dichiarazione di accessibilità")))
                        .hasAttribute("href", "/accessibility");
                assertThat(footer.locator("a[href='/privacy']")).hasCount(1);
                assertThat(footer.locator("a[href='/legal-notes']")).hasCount(1);
            }
            Page page = visitor.open("/accessibility").page();
            assertThat(page.locator("main a[href='https://form.agid.gov.it/view/zona-test-statement']"))
                    .hasCount(1);
            page = visitor.open("/legal-notes").page();
            assertThat(page.locator("main a[href^='https://creativecommons.org/licenses/by/4.0']"))
                    .hasCount(1);
            assertThat(page.locator("main")).containsText("CC BY 4.0");
        }
    }

    @Test
    void theSiteSetsOnlyTechnicalCookies() {
        try (Visitor visitor = new Visitor(port, Mode.MOUSE)) {
            visitor.open("/");
            visitor.open("/districts/poggiardo?lang=en");
            visitor.open("/?lang=it");
            visitor.signIn("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
            visitor.open("/districts/poggiardo/organizations");
            List<Cookie> cookies = visitor.cookies();
            assertThat(cookies).extracting(c -> c.name).containsExactlyInAnyOrder("ZONA_SESSION", "zona-lang");
            for (Cookie cookie : cookies) {
                assertThat(cookie.httpOnly)
                        .as(cookie.name + " is out of reach of scripts")
                        .isTrue();
                assertThat(cookie.sameSite)
                        .as(cookie.name + " is not sent by other sites")
                        .isEqualTo(SameSiteAttribute.LAX);
            }
        }
    }

    @Test
    void numbersAndDatesFollowTheLanguageOfThePage() {
        try (Visitor visitor = new Visitor(port, Mode.MOUSE)) {
            Page page = visitor.open("/districts/poggiardo?lang=it").page();
            assertThat(page.locator("main")).containsText("41.954");
            assertThat(page.locator("main")).containsText("Popolazione residente al 01/01/2026");
            page = visitor.open("/districts/poggiardo?lang=en").page();
            assertThat(page.locator("main")).containsText("41,954");
            assertThat(page.locator("main")).containsText("Resident population on 1 Jan 2026");
        }
    }
}
