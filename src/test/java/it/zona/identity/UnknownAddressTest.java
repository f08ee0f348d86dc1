package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ZonaIntegrationTest
class UnknownAddressTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void anUnknownPageIsA404ForAnAnonymousVisitorNotTheLoginPage() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get(
                                "/districts/{slug}/staff/no-such-page",
                                fixtures.district().slug())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownApiAddressIsA404ProblemForAnAnonymousClient() throws Exception {
        mvc.perform(get("/api/v1/no-such-resource"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void protectedAddressesStayProtected() throws Exception {
        TestDistrict district = fixtures.district();
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/outbox")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/districts/{slug}/staff", district.slug())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug()))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/districts/{slug}", district.slug())).andExpect(status().isUnauthorized());
    }

    @Test
    void robotsAreKeptToThePublicPages() throws Exception {
        String robots = mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(robots.lines())
                .contains(
                        "User-agent: *",
                        "Allow: /",
                        "Disallow: /api/",
                        "Disallow: /login",
                        "Disallow: /dashboard",
                        "Disallow: /my/",
                        "Disallow: /outbox",
                        "Disallow: /actuator/",
                        "Disallow: /admin/",
                        "Disallow: /nominations/",
                        "Disallow: /districts/*/staff",
                        "Disallow: /districts/*/audit");
    }
}
