package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * WCAG 3.1.2: the names and texts people type (plans, tables, organisations, areas, chapters,
 * municipalities) are Italian, so every template that shows one alone marks it with
 * {@code th:lang="${@data.lang}"}, which says {@code lang="it"} on pages in another language. The
 * plan document and the PDFs are Italian throughout and are left out.
 */
class ItalianDataTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern DATA_TEXT = Pattern.compile(
            "<(\\w+)[^>]*?th:u?text=\"\\$\\{(?:\\w+(?:\\(\\))?\\.)+(?:name|title|description|text|place|districtName)\\}\"[^>]*>");

    @Test
    void everyTemplateMarksTheItalianDataItShows() throws IOException {
        List<String> unmarked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(ItalianDataTest::translated).toList()) {
                unmarked.addAll(unmarked(TEMPLATES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void theCheckFindsAnUnmarkedName() {
        assertThat(unmarked("planted.html", "<td th:text=\"${t.name}\">Tavolo</td>"))
                .hasSize(1);
        assertThat(unmarked("planted.html", "<td th:text=\"${t.name}\" th:lang=\"${@data.lang}\">Tavolo</td>"))
                .isEmpty();
    }

    private static boolean translated(Path file) {
        String name = TEMPLATES.relativize(file).toString();
        return name.endsWith(".html")
                && !name.startsWith("document/")
                && !name.endsWith("-pdf.html")
                && !name.equals("layout.html");
    }

    private static List<String> unmarked(String template, String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = DATA_TEXT.matcher(html);
        while (tag.find()) {
            if (!tag.group(1).equals("title") && !tag.group().contains("lang=")) {
                found.add(template + ": " + tag.group());
            }
        }
        return found;
    }
}
