package it.zona.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ZonaIntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCreateUpdateAndDeleteIsRecordedWithWhoAndTheValuesBeforeAndAfter() throws Exception {
        TestDistrict district = fixtures.district();
        String editor = district.editor().bearer();
        JsonNode created = json.readTree(mvc.perform(
                        post("/api/v1/districts/{slug}/organizations", district.slug())
                                .header("Authorization", editor)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"Cooperativa Prima\",\"type\":\"SOCIAL_COOPERATIVE\",\"taxCode\":\"12345670488\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long id = created.get("id").asLong();
        mvc.perform(
                        put("/api/v1/districts/{slug}/organizations/{id}", district.slug(), id)
                                .header("Authorization", editor)
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"Cooperativa Seconda\",\"type\":\"SOCIAL_COOPERATIVE\",\"taxCode\":\"12345670488\"}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/districts/{slug}/organizations/{id}", district.slug(), id)
                        .header("Authorization", editor))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())
                        .param("entity", "Organization")
                        .header("Authorization", district.admin().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                // Newest first.
                .andExpect(jsonPath("$.items[0].action").value("DELETED"))
                .andExpect(jsonPath("$.items[0].before.name").value("Cooperativa Seconda"))
                .andExpect(jsonPath("$.items[0].after").doesNotExist())
                .andExpect(jsonPath("$.items[1].action").value("UPDATED"))
                .andExpect(jsonPath("$.items[1].before.name").value("Cooperativa Prima"))
                .andExpect(jsonPath("$.items[1].after.name").value("Cooperativa Seconda"))
                .andExpect(jsonPath("$.items[1].changes[?(@.field == 'name')].before")
                        .value("Cooperativa Prima"))
                .andExpect(jsonPath("$.items[2].action").value("CREATED"))
                .andExpect(jsonPath(
                        "$.items[*].actor", everyItem(is(district.editor().username()))))
                .andExpect(jsonPath("$.items[*].entityId", everyItem(is(Long.toString(id)))));
    }

    @Test
    void theLogIsFilteredByUserAndPaged() throws Exception {
        TestDistrict district = fixtures.district();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/v1/districts/{slug}/people", district.slug())
                            .header("Authorization", district.editor().bearer())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"givenName\":\"Persona\",\"familyName\":\"Numero " + i + "\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())
                        .param("user", district.editor().username())
                        .param("page", "1")
                        .header("Authorization", district.admin().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(30))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(30 - AuditLog.PAGE_SIZE));
    }

    @Test
    void onlyTheDistrictsAdminsReadItsLog() throws Exception {
        TestDistrict district = fixtures.district();
        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())
                        .header("Authorization", district.editor().bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())).andExpect(status().isUnauthorized());
        TestDistrict other = fixtures.district();
        mvc.perform(get("/api/v1/districts/{slug}/audit", district.slug())
                        .header("Authorization", other.admin().bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        fixtures.district();
        Long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone else' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id))
                .isNotEqualTo("someone else");
    }

    @Test
    void theApplicationHasNoWayToChangeOrDeleteEntries() {
        assertThat(Arrays.stream(AuditEntries.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.equals("saveAll"));
    }
}
