package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every style sheet, script, icon and image a page links to is served, with a public cache
 * lifetime; an address outside the static folders is not looked up as a file.
 */
@ZonaIntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void everyResourceAPageLinksToIsServedAndMayBeKeptByBrowsers() throws Exception {
        Document home = Jsoup.parse(fetch("/").getContentAsString(StandardCharsets.UTF_8));
        Set<String> resources = new LinkedHashSet<>();
        for (Element link : home.select("link[href], script[src], img[src], use[href]")) {
            String address = link.hasAttr("src") ? link.attr("src") : link.attr("href");
            if (address.startsWith("/")) {
                resources.add(address.replaceAll("#.*$", ""));
            }
        }
        resources.add("/robots.txt");

        assertThat(resources).anyMatch(r -> r.startsWith("/css/")).anyMatch(r -> r.startsWith("/webjars/"));
        for (String resource : resources) {
            MockHttpServletResponse response = fetch(resource);
            assertThat(response.getStatus()).as(resource).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).as(resource).contains("public", "max-age=3600");
        }
    }

    @Test
    void anAddressOutsideTheStaticFoldersIsNoFile() throws Exception {
        assertThat(fetch("/static/css/zona.css").getStatus()).isEqualTo(404);
        assertThat(fetch("/application.yml").getStatus()).isEqualTo(404);
    }
}
