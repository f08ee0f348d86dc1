package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A person in one browser tab, acting in one {@link Mode}: with the mouse, with the keyboard alone,
 * or with JavaScript switched off. Journeys are written once and run in every mode.
 */
final class Visitor implements AutoCloseable {

    enum Mode {
        MOUSE,
        KEYBOARD,
        NO_JAVASCRIPT
    }

    static final int DESKTOP_WIDTH = 1280;
    static final int MOBILE_WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Whether every checked page is photographed ({@code -Dzona.screenshots=true}); a page that fails
     * its checks always is.
     */
    static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("zona.screenshots");
    /** WCAG 2.1 A and AA, and axe's experimental rules, which are off unless their tag is asked for. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "experimental");
    /** The axe-core release from npm that the build puts before the one bundled with Deque's binding. */
    static final String AXE_VERSION = System.getProperty("zona.axe-core.version");
    /**
     * That release's source, which every page of a visitor gets before its own scripts run. Deque's
     * binding injects it into each page it checks, and reading its half megabyte again took 0.2 s
     * of the 0.5 s a page's check took.
     */
    private static final String AXE_SOURCE = resource("axe.min.js");

    // More Tab presses than any page of ours has focusable elements.
    private static final int MAX_TABS = 400;

    private final BrowserContext context;
    private final Page page;
    private final String base;
    private final Mode mode;
    // Pages that failed on the server: an error page can pass every other check, so it is caught here.
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    Visitor(int port, Mode mode) {
        this.base = "http://localhost:" + port;
        this.mode = mode;
        this.context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(mode != Mode.NO_JAVASCRIPT)
                        .setViewportSize(DESKTOP_WIDTH, 900)
                        .setLocale("it-IT"));
        context.addInitScript(AXE_SOURCE);
        this.page = context.newPage();
        page.onResponse(response -> {
            if (response.status() >= 500 && response.request().isNavigationRequest()) {
                serverErrors.add(response.status() + " " + response.url());
            }
        });
    }

    Page page() {
        return page;
    }

    Mode mode() {
        return mode;
    }

    Visitor open(String path) {
        page.navigate(base + path);
        settle();
        return this;
    }

    /**
     * Opens a page the visitor may see: one refused to them lands on the sign-in page, which would
     * pass every check of its own in the page's place.
     */
    Visitor openAllowed(String path) {
        open(path);
        String landed = java.net.URI.create(page.url()).getPath();
        assertThat("/login".equals(landed) && !path.startsWith("/login"))
                .as("%s sent the visitor to the sign-in page", path)
                .isFalse();
        return this;
    }

    /** Waits for the page and, when scripts run, its web fonts: screenshots and checks see the final page. */
    void settle() {
        page.waitForLoadState(LoadState.LOAD);
        assertThat(serverErrors).as("pages that failed on the server").isEmpty();
        if (mode != Mode.NO_JAVASCRIPT) {
            page.evaluate("() => document.fonts.ready.then(() => true)");
        }
    }

    /** Follows a link or presses a button the way this person does. */
    void activate(Locator target) {
        if (mode == Mode.KEYBOARD) {
            tabTo(target);
            page.keyboard().press("Enter");
        } else {
            target.click();
        }
    }

    void link(String name) {
        activate(page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    /** A section of a District's staff area, from its menu. */
    void section(String name) {
        activate(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sezioni dell’Ambito"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true)));
    }

    void button(String name) {
        activate(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    /** Types into a field (replacing what it holds) the way this person does. */
    void type(Locator field, String text) {
        if (mode == Mode.KEYBOARD) {
            tabTo(field);
            page.keyboard().press("Control+A");
            page.keyboard().press("Delete");
            page.keyboard().type(text);
        } else {
            field.fill(text);
        }
    }

    void type(String label, String text) {
        type(field(label), text);
    }

    /** The field with this label; a required field's label ends with an asterisk. */
    Locator field(String label) {
        // Escaped by hand: the pattern runs as a JavaScript regular expression, which has no \\Q...\\E.
        String literal = label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^\\s*" + literal + "( \\*)?\\s*$"));
    }

    /** Picks an option of a list; by keyboard the list is reached with Tab first. */
    void choose(String label, String option) {
        Locator select = field(label);
        if (mode == Mode.KEYBOARD) {
            tabTo(select);
        }
        select.selectOption(new SelectOption().setLabel(option));
    }

    /**
     * Moves the focus with Tab until it reaches the target, as a keyboard user does: the target
     * must be reachable in the tab order, and show that it has the focus.
     */
    void tabTo(Locator target) {
        assertThat(target).isVisible();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                assertThat(focusIsVisible())
                        .as("the focused element shows that it has the focus")
                        .isTrue();
                return;
            }
        }
        throw new AssertionError("Could not reach " + target + " with the Tab key on " + page.url());
    }

    /**
     * Tabs through the whole page and answers whether the focus always moved forward in the
     * document, that is in reading order, with every stop visibly focused.
     */
    boolean tabsInReadingOrder() {
        page.evaluate(
                "() => { window.zonaStops = []; document.addEventListener('focusin', e => window.zonaStops.push(e.target)); }");
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (!focusIsVisible() || (Boolean) page.evaluate("() => document.activeElement === document.body")) {
                break;
            }
        }
        return (Boolean)
                page.evaluate(
                        "() => { const s = window.zonaStops; return s.length > 5 && s.every((e, i) =>"
                                + " i === 0 || s[i - 1].compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING || i === s.length - 1); }");
    }

    boolean focusIsVisible() {
        return (Boolean) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
    }

    void signIn(String username, String password) {
        open("/login");
        type("Nome utente", username);
        type("Password", password);
        button("Accedi");
        assertThat(page.locator("h1")).not().hasText("Accedi all’area riservata");
    }

    List<Cookie> cookies() {
        return context.cookies();
    }

    /**
     * Runs axe-core in the page itself, which holds no frames, and has it describe every node of its
     * violations only (passes and the rest by rule): the same rules and verdicts as Deque's binding,
     * whose result type this is, in less time.
     */
    AxeResults axe() {
        assertThat(page.frames())
                .as("axe runs in the page itself: a page with frames needs Deque's binding, frame by frame")
                .hasSize(1);
        // Where scripts are off the init script may not have run; evaluating works all the same.
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(AXE_SOURCE);
        }
        Object raw = page.evaluate(
                "options => axe.run(document, options).then(r => JSON.parse(JSON.stringify(r)))",
                Map.of("runOnly", Map.of("type", "tag", "values", AXE_TAGS), "resultTypes", List.of("violations")));
        AxeResults results = new ObjectMapper().convertValue(raw, AxeResults.class);
        assertThat(results.getTestEngine().getVersion())
                .as("axe-core release run (the build downloads it from npm: run the tests through Maven)")
                .isEqualTo(AXE_VERSION);
        return results;
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not on the class path: run the tests through Maven", e);
        }
    }

    /**
     * Runs checks on the page in this tab. Its screenshots are saved afterwards when asked for
     * ({@link #SCREENSHOTS_WANTED}), and always when a check fails, to show what the page looked like;
     * the failure is then thrown as it was.
     */
    void photographed(String name, Runnable checks) {
        try {
            checks.run();
        } catch (RuntimeException | AssertionError failure) {
            screenshotsOfFailure(name, failure);
            throw failure;
        }
        if (SCREENSHOTS_WANTED) {
            screenshots(name);
        }
    }

    /** The whole page as a desktop and as a 390 px wide phone show it, in target/screenshots. */
    void screenshots(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(MOBILE_WIDTH, 844);
        settle();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-mobile.png"))
                .setFullPage(true));
        page.setViewportSize(DESKTOP_WIDTH, 900);
    }

    /**
     * The same screenshots of a page that failed a check, in whatever state it is: nothing more is
     * checked, and a screenshot that cannot be taken is added to the failure instead.
     */
    private void screenshotsOfFailure(String name, Throwable failure) {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                    .setFullPage(true));
            page.setViewportSize(MOBILE_WIDTH, 844);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + "-mobile.png"))
                    .setFullPage(true));
            page.setViewportSize(DESKTOP_WIDTH, 900);
            System.err.println("Screenshots of the page that failed its checks: "
                    + SCREENSHOTS.resolve(name + "-desktop.png") + " and -mobile.png");
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
