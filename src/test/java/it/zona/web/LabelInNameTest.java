package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.5.3, label in name: a link or button whose accessible name (its {@code aria-label}) is
 * longer than its visible text must contain that text, so that who speaks to the computer can say
 * what they see. Checked on every template, in both languages, pairing each message key of the
 * visible text with the key of the label in the order they are written.
 */
class LabelInNameTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([\\w.]+)");
    private static final Pattern LABEL = Pattern.compile("aria-label=(.*?)(?:,\\s*aria-[\\w-]+=|$)");

    @Test
    void everyLabelledLinkOrButtonContainsItsVisibleTextInBothLanguages() throws IOException {
        assertThat(mismatches(Locale.ITALIAN)).isEmpty();
        assertThat(mismatches(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theCheckFindsALabelThatLeavesTheVisibleTextOut() {
        Properties messages = new Properties();
        messages.setProperty("make", "Rendi capofila");
        messages.setProperty("makeOf", "Rendi {0} capofila");
        Element button = Jsoup.parseBodyFragment(
                        "<button th:text=\"#{make}\" th:attr=\"aria-label=#{makeOf(${m.name})}\">x</button>")
                .selectFirst("button");
        assertThat(mismatches("planted.html", button, messages)).hasSize(1);
        messages.setProperty("makeOf", "Rendi capofila {0}");
        assertThat(mismatches("planted.html", button, messages)).isEmpty();
    }

    private static List<String> mismatches(Locale locale) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/messages_" + locale.getLanguage() + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element control : Jsoup.parse(Files.readString(file))
                        .select("a[th:attr*=aria-label], button[th:attr*=aria-label]")) {
                    found.addAll(mismatches(TEMPLATES.relativize(file).toString(), control, messages));
                }
            }
        }
        return found;
    }

    private static List<String> mismatches(String template, Element control, Properties messages) {
        Matcher label = LABEL.matcher(control.attr("th:attr"));
        if (!control.hasAttr("th:text") || !label.find()) {
            return List.of();
        }
        List<String> visibleKeys = keys(control.attr("th:text"));
        List<String> labelKeys = keys(label.group(1));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < Math.min(visibleKeys.size(), labelKeys.size()); i++) {
            String visible = messages.getProperty(visibleKeys.get(i));
            String name = MessageFormat.format(
                    messages.getProperty(labelKeys.get(i)).replace("'", "''"), "Andrano", "Anziani", "09:00");
            if (!normal(name).contains(normal(visible))) {
                found.add(template + ": \"" + name + "\" does not contain \"" + visible + "\"");
            }
        }
        return found;
    }

    private static List<String> keys(String expression) {
        Matcher m = KEY.matcher(expression);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
