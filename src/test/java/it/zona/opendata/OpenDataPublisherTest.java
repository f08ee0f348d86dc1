package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

@ZonaIntegrationTest
class OpenDataPublisherTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void untilItIsSetTheStaffReadTheDefaultsAndWhatIsMissing() throws Exception {
        TestDistrict district = fixtures.district();
        fixtures.api(district.viewer())
                .get("/api/v1/districts/{slug}/open-data/publisher", district.slug())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"-1\""))
                .andExpect(jsonPath("$.version").value(-1))
                .andExpect(jsonPath("$.ipaCode").doesNotExist())
                .andExpect(jsonPath("$.licence").value("CC_BY_4_0"))
                .andExpect(jsonPath("$.catalog.publisher.ipaCode")
                        .value(org.hamcrest.Matchers.matchesPattern("c_[a-z]\\d{3}")))
                .andExpect(
                        jsonPath("$.catalog.rightsHolder.name").value(org.hamcrest.Matchers.startsWith("Comune di ")))
                .andExpect(jsonPath("$.catalog.contact.name").value(district.name()))
                .andExpect(jsonPath("$.catalog.missing[0]").value("contactEmail"));
        fixtures.anonymousApi()
                .get("/api/v1/districts/{slug}/open-data/publisher", district.slug())
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminSetsThePublisherOnceAndThenWithItsVersion() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":" ASP_Prova ","name":"ASP di prova","contactEmail":"opendata@example.org",
                         "contactUrl":"https://example.org/dati","licence":"CC0_1_0","version":-1}""", district.slug())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.ipaCode").value("asp_prova"))
                .andExpect(jsonPath("$.catalog.publisher.name").value("ASP di prova"))
                .andExpect(jsonPath("$.catalog.rightsHolder.ipaCode").value("asp_prova"))
                .andExpect(jsonPath("$.catalog.missing.length()").value(0));
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"asp_prova","rightsHolderIpaCode":"r_puglia","rightsHolderName":"Regione Puglia",
                         "contactEmail":"opendata@example.org","licence":"CC_BY_4_0","version":0}""", district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.catalog.publisher.name").value(district.name()))
                .andExpect(jsonPath("$.catalog.rightsHolder.name").value("Regione Puglia"));
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"asp_prova","licence":"CC_BY_4_0","version":0}""", district.slug())
                .andExpect(status().isConflict());
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"asp_prova","licence":"CC_BY_4_0"}""", district.slug())
                .andExpect(status().isPreconditionRequired());
        fixtures.api(district.editor())
                .put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"altro","licence":"CC_BY_4_0","version":1}""", district.slug())
                .andExpect(status().isForbidden());
        fixtures.api(district.admin())
                .get("/api/v1/districts/{slug}/audit?entity=OpenDataPublisher", district.slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void anIpaCodeOfTheWrongShapeIsRefusedWithTheReason() throws Exception {
        TestDistrict district = fixtures.district();
        ApiClient admin = fixtures.api(district.admin());
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"c-g751","licence":"CC_BY_4_0","version":-1}""", district.slug())
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("ipaCode"));
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"ipaCode":"c_poggiardo","licence":"CC_BY_4_0","version":-1}""", district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ipaCode"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("c_poggiardo")));
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"rightsHolderName":"Regione Puglia","licence":"CC_BY_4_0","version":-1}""", district.slug())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rightsHolderIpaCode"));
        admin.put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"contactEmail":"not an e-mail","licence":"CC_BY_4_0","version":-1}""", district.slug())
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("contactEmail"));
        admin.get("/api/v1/districts/{slug}/open-data/publisher", district.slug())
                .andExpect(jsonPath("$.version").value(-1));
    }

    @Test
    void theSchemaRefusesALicenceOrAnIpaCodeNoPageCouldWrite() {
        TestDistrict district = fixtures.district();
        assertThatThrownBy(() -> jdbc.update(
                        "insert into open_data_publisher (district_id, licence, version) values (?, 'GPL_3_0', 0)",
                        district.id()))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("open_data_publisher_licence"));
        assertThatThrownBy(() -> jdbc.update(
                        "insert into open_data_publisher (district_id, ipa_code, licence, version)"
                                + " values (?, 'C_G751', 'CC_BY_4_0', 0)",
                        district.id()))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("open_data_publisher_ipa_code"));
    }

    @Test
    void theSettingsPageShowsTheCatalogueAndARefusalNextToItsField() throws Exception {
        TestDistrict district = fixtures.district();
        WebClient admin = fixtures.signIn(district.admin());
        String address = "/districts/" + district.slug() + "/open-data/settings";
        Document page = admin.open(address);
        assertThat(page.select("a[href$=/open-data/catalog.ttl]")).hasSize(1);
        assertThat(page.select("a[href$=/open-data/catalog.jsonld]")).hasSize(1);
        assertThat(page.select(".callout.warning")).hasSize(1);

        MvcResult refused = admin.submit(page, "main form", Map.of("ipaCode", "c_1234"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document again = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(again.select("#ipaCode-error").text()).contains("c_1234").contains("codice catastale");
        assertThat(again.select("#ipaCode").val()).isEqualTo("c_1234");

        MvcResult saved =
                admin.submit(page, "main form", Map.of("contactEmail", "udp@example.org", "licence", "CC0_1_0"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(address);
        Document after = admin.open(address);
        assertThat(after.select(".callout.success")).hasSize(1);
        assertThat(after.select("input[name=licence][checked]").val()).isEqualTo("CC0_1_0");

        MvcResult forbidden = fixtures.signIn(district.editor()).get(address);
        assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
    }
}
