package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.budget.BudgetReport;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyForm;
import it.zona.governance.GoverningBodyType;
import it.zona.governance.MemberRole;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingTotals;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.ZonaIntegrationTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data of a District: every dataset's CSV read back and compared with its JSON value by
 * value, on the demo and on a District built here; the money tied to the budget report and to the
 * spending totals to the cent; a draft plan and personal contacts in no dataset; the files' HTTP
 * (validators and 304, 404 problems, content negotiation and 406) and the pages.
 */
@ZonaIntegrationTest
class OpenDataTest {

    private static final String EMAIL = "giulia.verdi.personale@example.org";
    private static final String PHONE = "333 1234567";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    ApplicationContext beans;

    @Autowired
    OrganizationRegistry organizations;

    @Autowired
    PersonRegistry people;

    @Autowired
    GovernanceRegistry governance;

    @Autowired
    TableRegistry tables;

    @Autowired
    TableMembership membership;

    @Autowired
    BudgetReport budget;

    @Autowired
    SpendingTotals spending;

    /** A dataset as read from its two files: the CSV's header and records, the JSON's objects. */
    record Read(String key, List<String> header, List<CSVRecord> csv, JsonNode json, String text) {}

    @Test
    void everyDatasetOfTheDemoReadsTheSameInCsvAndJson() throws Exception {
        Map<String, Read> read = readAll("poggiardo");
        assertThat(read.keySet())
                .contains(
                        "municipalities",
                        "organizations",
                        "governing-bodies",
                        "resolutions",
                        "plans",
                        "plan-areas",
                        "objectives",
                        "interventions",
                        "budget-lines",
                        "commitments",
                        "payments",
                        "indicators",
                        "indicator-measurements",
                        "services",
                        "service-criteria",
                        "tables",
                        "table-members",
                        "meetings");
        // The demo has something in each: its plans, money, acts, services and tables.
        read.forEach((key, dataset) -> assertThat(dataset.csv()).as(key).isNotEmpty());
        assertThat(read.get("municipalities").csv()).hasSize(15);
    }

    @Test
    void aDistrictsDataTieToItsReportsAndHoldNoDraftAndNoPersonalContact() throws Exception {
        SpendingScene.Scene scene = new SpendingScene(beans).create();
        TestDistrict district = scene.district();
        // A person with personal contacts sits in a body; an organisation has its own contacts too.
        long person = fixtures.as(
                district.editor().username(),
                () -> people.create(
                                district.slug(),
                                new PersonForm("Giulia", "Verdi", null, EMAIL, null, PHONE, null, "Sindaca", null))
                        .id());
        String lead = fixtures.asPlatformAdmin(() -> beans.getBean(it.zona.district.DistrictRegistry.class)
                .view(district.slug())
                .municipalities()
                .get(0)
                .istatCode());
        fixtures.as(
                district.editor().username(),
                () -> governance.create(
                        district.slug(),
                        new GoverningBodyForm(
                                GoverningBodyType.MAYORS_CONFERENCE,
                                "Conferenza dei Sindaci",
                                null,
                                List.of(new GoverningBodyForm.MemberForm(
                                        person, MemberRole.PRESIDENT, lead, LocalDate.of(2024, 1, 1), null)),
                                null)));
        long association = fixtures.as(
                district.editor().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        "Associazione Il Ponte",
                                        OrganizationType.ASSOCIATION,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Via Roma 1",
                                        "segreteria.ponte@example.org",
                                        null,
                                        "0836 111222",
                                        null,
                                        null))
                        .id());
        long elderly = content.area(district, scene.plan(), "Anziani").id();
        long table = fixtures.as(
                district.editor().username(),
                () -> tables.create(
                                scene.plan(),
                                new TableForm(
                                        "Tavolo anziani", TableKind.PERMANENT, null, List.of(elderly), null, null))
                        .id());
        fixtures.as(
                district.editor().username(),
                () -> membership.add(
                        table,
                        new MemberForm(
                                association,
                                "Mario Bianchi",
                                "Presidente",
                                EMAIL,
                                PHONE,
                                null,
                                null,
                                null,
                                null,
                                null)));
        // Money: two commitments, payments and a de-commitment on the approved plan.
        ApiClient editor = fixtures.api(district.editor());
        long first = commit(editor, scene, scene.line2024(), "4000.00");
        long second = commit(editor, scene, scene.line2025(), "1500.50");
        pay(editor, first, "2024-05-02", "1000.00");
        pay(editor, first, "2024-06-02", "250.25");
        pay(editor, second, "2025-02-01", "99.99");
        editor.post(
                        "/api/v1/commitments/{id}/decommitments",
                        "{\"actNumber\":\"Determina 40/2024\",\"actDate\":\"2024-12-20\",\"amount\":300}",
                        first)
                .andExpect(status().isCreated());
        // A draft plan with content of its own, which no dataset may show.
        long draft = fixtures.plan(district, 2027, 2029);
        long area = content.area(district, draft, "Anziani").id();
        long objective = content.objective(district, draft, area, "Obiettivo della bozza riservata");
        content.intervention(district, draft, objective, "Intervento della bozza riservata", 2027, 2028);

        Map<String, Read> read = readAll(district.slug());

        // The budget lines add up to the plan's budget report, to the cent.
        BigDecimal lines = sum(read.get("budget-lines"), "amount");
        BigDecimal report = fixtures.as(
                district.viewer().username(),
                () -> budget.overview(scene.plan()).total());
        assertThat(lines).isEqualByComparingTo(report).isEqualByComparingTo("15000.00");
        // Commitments and payments add up to the spending totals.
        PlanSpending totals = fixtures.as(district.viewer().username(), () -> spending.of(scene.plan(), null));
        Read commitments = read.get("commitments");
        assertThat(sum(commitments, "amount").subtract(sum(commitments, "decommitted")))
                .isEqualByComparingTo(totals.total().committed())
                .isEqualByComparingTo("5200.50");
        assertThat(sum(commitments, "decommitted"))
                .isEqualByComparingTo(totals.total().decommitted());
        assertThat(sum(commitments, "paid")).isEqualByComparingTo(totals.total().paid());
        assertThat(sum(read.get("payments"), "amount"))
                .isEqualByComparingTo(totals.total().paid())
                .isEqualByComparingTo("1350.24");
        assertThat(column(commitments, "beneficiary")).containsOnly("Cooperativa Il Faro");

        // The draft plan is in no dataset, by id or by name.
        assertThat(column(read.get("plans"), "id")).containsExactly(Long.toString(scene.plan()));
        read.forEach((key, dataset) -> {
            assertThat(dataset.text()).as(key).doesNotContain("bozza riservata");
            if (dataset.header().contains("plan_id")) {
                assertThat(column(dataset, "plan_id")).as(key).doesNotContain(Long.toString(draft));
            }
        });
        // Office-holders by name, organisations seated, and no personal contact anywhere.
        assertThat(column(read.get("governing-body-members"), "name")).containsExactly("Giulia Verdi");
        assertThat(column(read.get("table-members"), "organization")).containsExactly("Associazione Il Ponte");
        read.forEach((key, dataset) -> assertThat(dataset.text())
                .as(key)
                .doesNotContain(EMAIL, PHONE, "segreteria.ponte@example.org", "0836 111222", "Mario Bianchi", "@"));
    }

    @Test
    void filesAnswerValidatorsAnd304() throws Exception {
        String file = "/districts/poggiardo/open-data/municipalities.csv";
        MvcResult first = mvc.perform(get(file))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, no-cache"))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION,
                                org.hamcrest.Matchers.containsString("poggiardo-municipalities.csv")))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();
        mvc.perform(get(file).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        mvc.perform(get(file).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
        mvc.perform(get(file).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
        // Another format or dataset is another file.
        String json = mvc.perform(get("/districts/poggiardo/open-data/municipalities.json"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(json).isNotEqualTo(etag);
        mvc.perform(get("/api/v1/districts/poggiardo/open-data/municipalities.csv")
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void anUnknownDatasetOrDistrictIsA404() throws Exception {
        for (String path : List.of(
                "/api/v1/districts/poggiardo/open-data/nothing",
                "/api/v1/districts/poggiardo/open-data/nothing.csv",
                "/api/v1/districts/nowhere/open-data/payments.json",
                "/api/v1/districts/nowhere/open-data",
                "/districts/poggiardo/open-data/nothing.csv")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404));
        }
        mvc.perform(get("/districts/poggiardo/open-data/nothing")).andExpect(status().isNotFound());
        mvc.perform(get("/districts/nowhere/open-data")).andExpect(status().isNotFound());
    }

    @Test
    void theApiNegotiatesTheFormat() throws Exception {
        String file = "/api/v1/districts/poggiardo/open-data/plans";
        mvc.perform(get(file).header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.VARY, org.hamcrest.Matchers.containsString("Accept")));
        mvc.perform(get(file).header(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$[0].id").isNumber());
        mvc.perform(get(file).header(HttpHeaders.ACCEPT, "application/json;q=0.5, text/csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get(file).header(HttpHeaders.ACCEPT, "text/*, */*;q=0.1"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get(file)).andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get(file).header(HttpHeaders.ACCEPT, "application/xml"))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.status").value(406));
        mvc.perform(get("/api/v1/districts/poggiardo/open-data").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("municipalities"))
                .andExpect(jsonPath("$[0].title").value("Municipalities"))
                .andExpect(jsonPath("$[0].license").value("https://creativecommons.org/licenses/by/4.0/"))
                .andExpect(jsonPath("$[0].csv")
                        .value(org.hamcrest.Matchers.endsWith("/districts/poggiardo/open-data/municipalities.csv")))
                .andExpect(jsonPath("$[0].columns[0].name").value("istat_code"));
    }

    @Test
    void thePagesListTheDatasets() throws Exception {
        mvc.perform(get("/open-data"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/open-data/catalog.ttl")))
                // The Districts a page at a time, by name: other tests' Districts may come first.
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesRegex(
                                "(?s).*href=\"/districts/[a-z0-9-]+/open-data\".*")));
        mvc.perform(get("/districts/poggiardo/open-data"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/districts/poggiardo/open-data/payments.csv")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/districts/poggiardo/open-data/catalog.ttl")));
        mvc.perform(get("/districts/poggiardo/open-data/payments"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("commitment_id")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CC BY 4.0")));
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/open-data\"")));
        mvc.perform(get("/districts/poggiardo"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/districts/poggiardo/open-data")));
    }

    private long commit(ApiClient editor, SpendingScene.Scene scene, long line, String amount) throws Exception {
        return editor.read(editor.post(
                                "/api/v1/budget-lines/{id}/commitments",
                                """
                                {"actNumber":"Determina %s","actDate":"2024-03-01","amount":%s,"organizationId":%d,
                                 "cig":"Z1234567AB"}""".formatted(amount, amount, scene.cooperative()),
                                line)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private void pay(ApiClient editor, long commitment, String date, String amount) throws Exception {
        editor.post(
                        "/api/v1/commitments/{id}/payments",
                        "{\"date\":\"%s\",\"amount\":%s,\"number\":\"Mandato %s\"}".formatted(date, amount, amount),
                        commitment)
                .andExpect(status().isCreated());
    }

    /**
     * Reads every dataset of the District listed by the API in both formats, and checks that the
     * CSV's header is the columns listed and that each CSV field is its JSON value, typed as the
     * column says.
     */
    private Map<String, Read> readAll(String slug) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/districts/{slug}/open-data", slug))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Map<String, Read> read = new LinkedHashMap<>();
        for (JsonNode dataset : list) {
            String key = dataset.get("key").asString();
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            dataset.get("columns").forEach(column -> {
                names.add(column.get("name").asString());
                types.add(column.get("type").asString());
                assertThat(column.get("description").asString()).as(key).isNotBlank();
            });
            String csvText = body("/districts/" + slug + "/open-data/" + key + ".csv");
            String jsonText = body("/districts/" + slug + "/open-data/" + key + ".json");
            List<CSVRecord> records;
            List<String> header;
            try (CSVParser parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csvText))) {
                header = parser.getHeaderNames();
                records = parser.getRecords();
            }
            assertThat(header).as(key).isEqualTo(names);
            JsonNode rows = json.readTree(jsonText);
            assertThat(rows.isArray()).as(key).isTrue();
            assertThat(rows.size()).as(key).isEqualTo(records.size());
            for (int r = 0; r < records.size(); r++) {
                JsonNode row = rows.get(r);
                assertThat(row.propertyNames()).as(key).containsExactlyElementsOf(names);
                for (int c = 0; c < names.size(); c++) {
                    same(
                            key + " row " + r + " " + names.get(c),
                            types.get(c),
                            records.get(r).get(c),
                            row.get(names.get(c)));
                }
                assertThat(records.get(r).get(0))
                        .as(key + " row " + r + " has an id")
                        .isNotEmpty();
            }
            read.put(key, new Read(key, header, records, rows, csvText + jsonText));
        }
        return read;
    }

    private static void same(String where, String type, String csv, JsonNode json) {
        if (json.isNull()) {
            assertThat(csv).as(where).isEmpty();
            return;
        }
        switch (type) {
            case "INTEGER" -> {
                assertThat(json.isIntegralNumber()).as(where).isTrue();
                assertThat(csv).as(where).isEqualTo(json.asString());
            }
            case "DECIMAL" -> {
                assertThat(json.isNumber()).as(where).isTrue();
                assertThat(csv).as(where).doesNotContain(",").doesNotContain("E");
                assertThat(new BigDecimal(csv)).as(where).isEqualByComparingTo(json.decimalValue());
            }
            case "BOOLEAN" -> {
                assertThat(json.isBoolean()).as(where).isTrue();
                assertThat(csv).as(where).isEqualTo(Boolean.toString(json.booleanValue()));
            }
            case "DATE" -> {
                assertThat(json.isString()).as(where).isTrue();
                assertThat(LocalDate.parse(csv)).as(where).isEqualTo(LocalDate.parse(json.asString()));
            }
            default -> {
                assertThat(json.isString()).as(where).isTrue();
                assertThat(csv).as(where).isEqualTo(json.asString());
            }
        }
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> column(Read dataset, String name) {
        int index = dataset.header().indexOf(name);
        return dataset.csv().stream().map(record -> record.get(index)).toList();
    }

    private static BigDecimal sum(Read dataset, String name) {
        return column(dataset, name).stream()
                .filter(value -> !value.isEmpty())
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
