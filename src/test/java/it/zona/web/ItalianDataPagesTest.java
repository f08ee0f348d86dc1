package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** WCAG 3.1.2 on real pages: Italian data says so on English pages, and nothing is marked on Italian ones. */
@ZonaIntegrationTest
class ItalianDataPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void onAnEnglishPageTheDistrictsNamesAreMarkedItalian() {
        Document english = new WebClient(mvc).open("/districts/poggiardo?lang=en");

        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("main [lang=it]").eachText())
                .contains("Andrano", "Ambito territoriale sociale di Poggiardo")
                .anyMatch(text -> text.startsWith("Piano sociale di zona 2024-2026"));
        assertThat(english.select("main h2").first().attr("lang"))
                .as("the page's own headings stay English")
                .isEmpty();
    }

    @Test
    void onAnItalianPageNothingNeedsMarking() {
        Document italian = new WebClient(mvc).open("/districts/poggiardo?lang=it");

        assertThat(italian.select("html").attr("lang")).isEqualTo("it");
        assertThat(italian.select("main [lang]")).isEmpty();
    }
}
