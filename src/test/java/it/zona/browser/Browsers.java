package it.zona.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for the whole test run: the system's, never a downloaded one. Where it is
 * missing the browser tests fail (they never skip, in CI or not) and say how to install it.
 */
final class Browsers {

    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    private static Browser browser;

    private Browsers() {}

    static synchronized Browser chromium() {
        if (browser == null) {
            Path executable = executable();
            if (!Files.isExecutable(executable)) {
                throw new AssertionError("The browser tests need headless Chromium at " + executable + ". Install it "
                        + "with 'sudo apt-get install chromium' (Debian and Ubuntu), or set ZONA_CHROMIUM to a "
                        + "Chromium or Chrome executable. See docs/testing.md.");
            }
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            // The machine has no network beyond the application: no background traffic.
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    private static Path executable() {
        String configured = System.getenv("ZONA_CHROMIUM");
        return configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Path.of(configured);
    }
}
