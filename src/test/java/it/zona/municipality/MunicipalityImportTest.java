package it.zona.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.district.DistrictRegistry;
import it.zona.district.LegalForm;
import it.zona.district.NewDistrict;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The platform admin re-imports the ISTAT list. These tests change the shared national list, so
 * each one puts the shipped list back afterwards.
 */
@ZonaIntegrationTest
class MunicipalityImportTest {

    // Sardinian municipalities (province of Sassari): used by no other test.
    private static final String ALGHERO = "090003";
    private static final String ANELA = "090004";
    private static final AtomicInteger NEW_CODES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DistrictRegistry districts;

    @Autowired
    JdbcTemplate jdbc;

    private static String shippedList() throws IOException {
        return new ClassPathResource(InitialMunicipalityLoad.RESOURCE).getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions importCsv(String csv, String bearer) throws Exception {
        return mvc.perform(multipart("/api/v1/municipalities/import")
                .file(new MockMultipartFile("file", "comuni.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", bearer));
    }

    /** A code for a new municipality that no earlier test has imported (imports never delete). */
    private static String newCode() {
        return String.format("999%03d", NEW_CODES.incrementAndGet());
    }

    /** The shipped list with one municipality renamed, one gone and one new. */
    private static String newerList(String newCode) throws IOException {
        List<String> lines = shippedList().lines().collect(Collectors.toList());
        lines.replaceAll(
                line -> line.startsWith(ALGHERO + ",") ? line.replace(",Alghero,", ",Alghero/L'Alguer,") : line);
        lines.removeIf(line -> line.startsWith(ANELA + ","));
        lines.add(newCode + ",Comune Nuovo,,Z999,SS,090,Sassari,1,090,20,Sardegna,Isole,0,1000,1010,07100");
        return String.join("\n", lines) + "\n";
    }

    @AfterEach
    void restoreTheShippedList() throws Exception {
        importCsv(shippedList(), fixtures.platformAdmin().bearer()).andExpect(status().isOk());
    }

    @Test
    void importingTheSameListAgainChangesNothing() throws Exception {
        importCsv(shippedList(), fixtures.platformAdmin().bearer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.rows").value(7896))
                .andExpect(jsonPath("$.added.length()").value(0))
                .andExpect(jsonPath("$.updated.length()").value(0))
                .andExpect(jsonPath("$.ceased.length()").value(0))
                .andExpect(jsonPath("$.unchanged").value(7896));
    }

    @Test
    void aNewerListReportsWhatChangedAndNeverDropsAMunicipalityADistrictUses() throws Exception {
        String slug = "sassari-" + Fixtures.unique();
        fixtures.asPlatformAdmin(() -> districts.create(
                new NewDistrict(slug, "Ambito con Anela", LegalForm.CONVENZIONE, ANELA, List.of(), null, null)));
        String admin = fixtures.platformAdmin().bearer();
        String newCode = newCode();

        importCsv(newerList(newCode), admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added[0].istatCode").value(newCode))
                .andExpect(jsonPath("$.updated[0].istatCode").value(ALGHERO))
                .andExpect(jsonPath("$.updated[0].changes[0].field").value("name"))
                .andExpect(jsonPath("$.updated[0].changes[0].before").value("Alghero"))
                .andExpect(jsonPath("$.updated[0].changes[0].after").value("Alghero/L'Alguer"))
                .andExpect(jsonPath("$.ceased[0].istatCode").value(ANELA))
                .andExpect(jsonPath("$.ceased[0].stillUsedBy[0]").value("Ambito con Anela"));

        // The new municipality's population of every date the list gives is kept, for the LEPS of each year.
        assertThat(jdbc.queryForList(
                        "select population from municipality_population where istat_code = ? order by population_date",
                        Integer.class,
                        newCode))
                .containsExactly(1000, 1010);

        // Anela is kept, marked ceased, and its District still shows it.
        mvc.perform(get("/api/v1/municipalities/{code}", ANELA))
                .andExpect(jsonPath("$.ceased").value(true));
        mvc.perform(get("/api/v1/districts/{slug}", slug))
                .andExpect(jsonPath("$.municipalities[0].name").value("Anela"));
        // A ceased municipality is not offered by the search any more.
        mvc.perform(get("/api/v1/municipalities").param("q", "anela"))
                .andExpect(jsonPath("$.totalItems").value(0));

        // The same newer list a second time: nothing more to do.
        importCsv(newerList(newCode), admin)
                .andExpect(jsonPath("$.added.length()").value(0))
                .andExpect(jsonPath("$.updated.length()").value(0))
                .andExpect(jsonPath("$.ceased.length()").value(0));
    }

    @Test
    void aListWithABadLineIsRefusedAndChangesNothing() throws Exception {
        String newCode = newCode();
        String broken = newerList(newCode).replace(ALGHERO + ",", "90003,");
        importCsv(broken, fixtures.platformAdmin().bearer())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:zona:problem:import-refused"))
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.errors[0].line").isNumber())
                .andExpect(jsonPath("$.errors[0].message").isString());
        mvc.perform(get("/api/v1/municipalities/{code}", newCode)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/municipalities/{code}", ALGHERO))
                .andExpect(jsonPath("$.name").value("Alghero"));
    }

    @Test
    void onlyAPlatformAdminMayImport() throws Exception {
        String districtAdmin = fixtures.district().admin().bearer();
        importCsv(shippedList(), districtAdmin).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/municipalities/import")
                        .contentType("text/csv")
                        .content("x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theImportIsRecordedInTheAuditLogWithItsCounts() throws Exception {
        importCsv(newerList(newCode()), fixtures.platformAdmin().bearer()).andExpect(status().isOk());
        String summary = jdbc.queryForObject(
                "select after_state from audit_entry where entity_type = 'MunicipalityList' and actor = 'admin' "
                        + "order by id desc limit 1",
                String.class);
        assertThat(summary).contains("\"added\":1", "\"updated\":1", "\"ceased\":1");
    }
}
