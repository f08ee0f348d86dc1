package it.zona.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.organization.OrganizationType;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ZonaIntegrationTest
class BudgetApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    /** A plan 2024-2026 with one intervention in the elderly area running 2024-2025. */
    private record Scene(TestDistrict district, long plan, long intervention, ApiClient editor) {

        long source(String code) throws Exception {
            for (JsonNode source :
                    editor.read(editor.get("/api/v1/districts/{slug}/funding-sources", district.slug()))) {
                if (code.equals(source.get("code").asString())) {
                    return source.get("id").asLong();
                }
            }
            throw new AssertionError("No source " + code);
        }

        String line(long source, int year, String amount) {
            return "{\"interventionId\":%d,\"year\":%d,\"fundingSourceId\":%d,\"amount\":%s}"
                    .formatted(intervention, year, source, amount);
        }
    }

    private Scene scene() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Casa");
        long intervention = content.intervention(district, plan, objective, "Assistenza domiciliare", 2024, 2025);
        return new Scene(district, plan, intervention, fixtures.api(district.editor()));
    }

    @Test
    void aDistrictsFirstPlanBringsTheUsualFundingSourcesOnce() throws Exception {
        Scene scene = scene();
        fixtures.plan(scene.district(), 2027, 2029);
        fixtures.anonymousApi()
                .get(
                        "/api/v1/districts/{slug}/funding-sources",
                        scene.district().slug())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(9))
                .andExpect(jsonPath("$[0].name").value("Fondo nazionale per le politiche sociali (FNPS)"))
                .andExpect(jsonPath("$[?(@.code == 'MUNICIPAL')].municipal", hasItem(true)));
    }

    @Test
    void aBudgetLineIsAnExactAmountForAYearTheInterventionRuns() throws Exception {
        Scene scene = scene();
        long fnps = scene.source("FNPS");
        String path = "/api/v1/plans/{id}/budget-lines";
        scene.editor()
                .post(path, scene.line(fnps, 2024, "\"12345.67\""), scene.plan())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(12345.67))
                .andExpect(jsonPath("$.intervention").value("Assistenza domiciliare"))
                .andExpect(jsonPath("$.area").value("Anziani"));
        scene.editor()
                .post(path, scene.line(fnps, 2024, "1"), scene.plan())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("modifica quella")));
        scene.editor()
                .post(path, scene.line(fnps, 2025, "-1"), scene.plan())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        scene.editor()
                .post(path, scene.line(fnps, 2025, "10.005"), scene.plan())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("due decimali")));
        scene.editor()
                .post(path, scene.line(fnps, 2027, "10"), scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.detail").value(containsString("fuori dal periodo del piano")));
        scene.editor()
                .post(path, scene.line(fnps, 2026, "10"), scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("non si svolge")));
        long otherPlansIntervention = scene().intervention();
        scene.editor()
                .post(
                        path,
                        scene.line(fnps, 2024, "10")
                                .replace(
                                        "\"interventionId\":" + scene.intervention(),
                                        "\"interventionId\":" + otherPlansIntervention),
                        scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("interventionId"));
    }

    @Test
    void theOverviewAddsUpCentsExactlyByYearSourceAreaAndIntervention() throws Exception {
        Scene scene = scene();
        long fnps = scene.source("FNPS");
        long fna = scene.source("FNA");
        String path = "/api/v1/plans/{id}/budget-lines";
        scene.editor().post(path, scene.line(fnps, 2024, "0.10"), scene.plan()).andExpect(status().isCreated());
        scene.editor().post(path, scene.line(fna, 2024, "0.20"), scene.plan()).andExpect(status().isCreated());
        scene.editor()
                .post(path, scene.line(fnps, 2025, "99999.70"), scene.plan())
                .andExpect(status().isCreated());
        fixtures.api(scene.district().viewer())
                .get("/api/v1/plans/{id}/budget", scene.plan())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(100000.00))
                .andExpect(jsonPath("$.byYear[0].amount").value(0.30))
                .andExpect(jsonPath("$.byYear[2].amount").value(0))
                .andExpect(jsonPath("$.bySource[0].total").value(99999.80))
                .andExpect(jsonPath("$.bySource[0].percent").value(100.0))
                .andExpect(jsonPath("$.bySource[1].total").value(0.20))
                .andExpect(jsonPath("$.byArea[0].name").value("Anziani"))
                .andExpect(jsonPath("$.byArea[0].byYear[1].amount").value(99999.70))
                .andExpect(jsonPath("$.byIntervention[0].interventionId").value(scene.intervention()))
                .andExpect(jsonPath("$.byIntervention[0].total").value(100000.00));
    }

    @Test
    void theMunicipalitiesShareTheirCoFundingToTheCentByPopulationOrAnAgreedTable() throws Exception {
        Scene scene = scene();
        String second = fixtures.addMunicipality(scene.district());
        String third = fixtures.addMunicipality(scene.district());
        long municipal = scene.source("MUNICIPAL");
        scene.editor()
                .post("/api/v1/plans/{id}/budget-lines", scene.line(municipal, 2024, "100000.01"), scene.plan())
                .andExpect(status().isCreated());
        JsonNode year = scene.editor()
                .read(scene.editor().get("/api/v1/plans/{id}/cofunding", scene.plan()))
                .get("years")
                .get(0);
        assertThat(year.get("method").asString()).isEqualTo("POPULATION");
        assertThat(year.get("budgeted").decimalValue()).isEqualByComparingTo("100000.01");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode share : year.get("shares")) {
            sum = sum.add(share.get("amount").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("100000.01");

        String lead = scene.editor()
                .read(scene.editor()
                        .get("/api/v1/districts/{slug}", scene.district().slug()))
                .get("leadMunicipality")
                .get("istatCode")
                .asString();
        String agreed = "{\"method\":\"AGREED\",\"weights\":{\"%s\":50,\"%s\":30,\"%s\":%s},\"version\":-1}";
        scene.editor()
                .put("/api/v1/plans/{id}/cofunding", agreed.formatted(lead, second, third, "10"), scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("ora fanno 90")));
        long version = scene.editor()
                .read(scene.editor()
                        .put("/api/v1/plans/{id}/cofunding", agreed.formatted(lead, second, third, "20"), scene.plan())
                        .andExpect(status().isOk())
                        .andExpect(jsonPath(
                                "$.years[0].shares[?(@.istatCode == '%s')].amount".formatted(lead), hasItem(50000.01)))
                        .andExpect(jsonPath("$.years[0].shared").value(100000.01))
                        .andExpect(jsonPath("$.years[1].shared").value(0)))
                .get("version")
                .asLong();
        scene.editor()
                .put(
                        "/api/v1/plans/{id}/cofunding",
                        "{\"method\":\"PER_CAPITA\",\"perCapitaQuota\":2.5,\"version\":%d}".formatted(version),
                        scene.plan())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].method").value("PER_CAPITA"))
                .andExpect(jsonPath("$.years[0].difference").exists());
    }

    @Test
    void theLepsCheckCountsTheSocialWorkersOfEachYearAgainstTheDistrictsPopulation() throws Exception {
        Scene scene = scene();
        JsonNode district = scene.editor()
                .read(scene.editor()
                        .get("/api/v1/districts/{slug}", scene.district().slug()));
        long latest = district.get("population").asLong();
        // ISTAT's figure of 1 January 2025, from the shipped list, for the District's municipalities.
        long population = population2025(district);
        long municipality = fixtures.organization(scene.district(), "Comune di prova", OrganizationType.MUNICIPALITY);
        scene.editor()
                .post(
                        "/api/v1/plans/{id}/staffing",
                        "{\"year\":2025,\"role\":\"SOCIAL_WORKER\",\"fte\":0.5,\"organizationId\":" + municipality
                                + "}",
                        scene.plan())
                .andExpect(status().isCreated());
        scene.editor()
                .post(
                        "/api/v1/plans/{id}/staffing",
                        "{\"year\":2025,\"role\":\"SOCIAL_WORKER\",\"fte\":0.25}",
                        scene.plan())
                .andExpect(status().isCreated());
        scene.editor()
                .post("/api/v1/plans/{id}/staffing", "{\"year\":2025,\"role\":\"EDUCATOR\",\"fte\":3}", scene.plan())
                .andExpect(status().isCreated());
        scene.editor()
                .post("/api/v1/plans/{id}/staffing", "{\"year\":2025,\"role\":\"EDUCATOR\",\"fte\":0}", scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("fte"));
        JsonNode years = scene.editor()
                .read(scene.editor().get("/api/v1/plans/{id}/budget", scene.plan()))
                .get("leps");
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(years.get(0).get("population").asLong())
                .as("no figure of 2024: the latest known")
                .isEqualTo(latest);
        assertThat(years.get(0).get("populationDate").asString())
                .isEqualTo(district.get("populationDate").asString());
        JsonNode leps = years.get(1);
        assertThat(leps.get("year").asInt()).isEqualTo(2025);
        assertThat(leps.get("population").asLong()).isEqualTo(population);
        assertThat(leps.get("socialWorkerFte").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(leps.get("otherSocialWorkerFte").decimalValue())
                .as("a social worker whose employer is not given does not count")
                .isEqualByComparingTo("0.25");
        assertThat(leps.get("populationDate").asString()).isEqualTo("2025-01-01");
        assertThat(leps.get("meetsMinimum").asBoolean()).isEqualTo(0.5 * 5000 >= population);
        assertThat(leps.get("minimumFte").decimalValue())
                .isEqualByComparingTo(
                        BigDecimal.valueOf(population).divide(BigDecimal.valueOf(5000), 2, java.math.RoundingMode.UP));
    }

    @Test
    void thePlanIsComparedWithThePreviousOneAreaByAreaAndYearByYear() throws Exception {
        Scene previous = scene();
        long fnps = previous.source("FNPS");
        previous.editor()
                .post("/api/v1/plans/{id}/budget-lines", previous.line(fnps, 2024, "1000"), previous.plan())
                .andExpect(status().isCreated());
        previous.editor()
                .post("/api/v1/plans/{id}/budget-lines", previous.line(fnps, 2025, "1000"), previous.plan())
                .andExpect(status().isCreated());
        String next = "{\"title\":\"Piano 2027-2029\",\"firstYear\":2027,\"lastYear\":2029,\"previousPlanId\":%d}"
                .formatted(previous.plan());
        long plan = previous.editor()
                .read(previous.editor()
                        .post(
                                "/api/v1/districts/{slug}/plans",
                                next,
                                previous.district().slug()))
                .get("id")
                .asLong();
        long objective = content.objective(
                previous.district(),
                plan,
                content.area(previous.district(), plan, "Anziani").id(),
                "Casa");
        long intervention = content.intervention(previous.district(), plan, objective, "Assistenza", 2027, 2029);
        for (int year = 2027; year <= 2029; year++) {
            previous.editor()
                    .post(
                            "/api/v1/plans/{id}/budget-lines",
                            "{\"interventionId\":%d,\"year\":%d,\"fundingSourceId\":%d,\"amount\":1200}"
                                    .formatted(intervention, year, fnps),
                            plan)
                    .andExpect(status().isCreated());
        }
        previous.editor()
                .get("/api/v1/plans/{id}/budget", plan)
                .andExpect(jsonPath("$.comparison.previous.id").value(previous.plan()))
                .andExpect(jsonPath("$.comparison.total.previous").value(2000))
                .andExpect(jsonPath("$.comparison.total.current").value(3600))
                .andExpect(jsonPath("$.comparison.total.difference").value(1600))
                .andExpect(jsonPath("$.comparison.total.percent").value(80.0))
                .andExpect(jsonPath("$.comparison.total.previousYearly").value(666.67))
                .andExpect(jsonPath("$.comparison.total.currentYearly").value(1200))
                .andExpect(jsonPath("$.comparison.byArea[0].name").value("Anziani"))
                .andExpect(jsonPath("$.comparison.bySource[0].current").value(3600));
    }

    @Test
    void whatHoldsMoneyOrStaffCannotBeDeletedNorShrunk() throws Exception {
        Scene scene = scene();
        long fnps = scene.source("FNPS");
        scene.editor()
                .post("/api/v1/plans/{id}/budget-lines", scene.line(fnps, 2025, "500"), scene.plan())
                .andExpect(status().isCreated());
        scene.editor()
                .delete("/api/v1/plans/{id}/interventions/{i}", scene.plan(), scene.intervention())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 riga di bilancio")));
        String shorter = """
                {"objectiveId":%d,"title":"Assistenza domiciliare","type":"SERVICE","firstYear":2024,"lastYear":2024,
                 "allMunicipalities":true,"version":0}""";
        long objective = scene.editor()
                .read(scene.editor().get("/api/v1/plans/{id}/interventions/{i}", scene.plan(), scene.intervention()))
                .get("objective")
                .get("id")
                .asLong();
        scene.editor()
                .put(
                        "/api/v1/plans/{id}/interventions/{i}",
                        shorter.formatted(objective),
                        scene.plan(),
                        scene.intervention())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 riga di bilancio")));
        fixtures.api(scene.district().admin())
                .delete(
                        "/api/v1/districts/{slug}/funding-sources/{s}",
                        scene.district().slug(),
                        fnps)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("puoi dismetterla")));
        fixtures.api(scene.district().admin())
                .put(
                        "/api/v1/districts/{slug}/funding-sources/{s}",
                        "{\"name\":\"FNPS (dismesso)\",\"active\":false,\"version\":0}",
                        scene.district().slug(),
                        fnps)
                .andExpect(status().isOk());
        scene.editor()
                .post("/api/v1/plans/{id}/budget-lines", scene.line(fnps, 2024, "1"), scene.plan())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("non è più in uso")));
    }

    @Test
    void theYearlyProgrammeShowsWhatEachInterventionHasPlanned() throws Exception {
        Scene scene = scene();
        Map<String, Long> sources = new HashMap<>();
        for (String code : new String[] {"FNPS", "REGIONAL"}) {
            sources.put(code, scene.source(code));
        }
        scene.editor()
                .post("/api/v1/plans/{id}/budget-lines", scene.line(sources.get("FNPS"), 2025, "700.50"), scene.plan());
        scene.editor()
                .post(
                        "/api/v1/plans/{id}/budget-lines",
                        scene.line(sources.get("REGIONAL"), 2025, "299.50"),
                        scene.plan());
        scene.editor()
                .get("/api/v1/plans/{id}/years/2025", scene.plan())
                .andExpect(jsonPath("$.total").value(1000.00))
                .andExpect(jsonPath("$.planned['%d']".formatted(scene.intervention()))
                        .value(1000.00));
    }

    private static long population2025(JsonNode district) throws java.io.IOException {
        java.util.Set<String> codes = new java.util.HashSet<>();
        district.get("municipalities").forEach(m -> codes.add(m.get("istatCode").asString()));
        java.util.List<String> lines =
                java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/reference/comuni.csv"));
        java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
        int column = header.indexOf("popolazione_2025_01_01");
        return lines.stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .filter(cells -> codes.contains(cells[0]))
                .mapToLong(cells -> Long.parseLong(cells[column]))
                .sum();
    }
}
