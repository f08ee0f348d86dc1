package it.zona.budget;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.organization.OrganizationType;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The budget pages as the Ufficio di Piano and citizens use them, forms sent the way a browser sends them. */
@ZonaIntegrationTest
class BudgetPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffingRegistry staffing;

    /** A plan 2027-2029 with one intervention in the elderly area, running 2027-2028. */
    private record Scene(TestDistrict district, long plan, long intervention) {

        String grid() {
            return "/plans/" + plan + "/interventions/" + intervention + "/budget";
        }
    }

    private Scene scene() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Casa");
        long intervention = content.intervention(district, plan, objective, "Assistenza domiciliare", 2027, 2028);
        return new Scene(district, plan, intervention);
    }

    private long source(Scene scene, String code) {
        return sources.list(scene.district().slug()).stream()
                .filter(s -> code.equals(s.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String cell(int year, long source) {
        return "cells[" + year + "-" + source + "]";
    }

    @Test
    void theGridRefusesBadAmountsCellByCellInItalianKeepingWhatWasTyped() {
        Scene scene = scene();
        long fnps = source(scene, "FNPS");
        long fna = source(scene, "FNA");
        long municipal = source(scene, "MUNICIPAL");
        WebClient editor = fixtures.signIn(scene.district().editor());
        Document grid = editor.open(scene.grid());
        assertThat(grid.select("main input[name^=cells]"))
                .as("two years, nine sources")
                .hasSize(18);

        Document refused = html(editor.submit(
                grid,
                "main form",
                Map.of(
                        cell(2027, fnps), "12.345,67",
                        cell(2027, fna), "-5",
                        cell(2028, fna), "1,234",
                        cell(2028, municipal), "dodici")));
        assertThat(refused.select(".alert-danger").text()).contains("Il modulo contiene errori");
        assertThat(refused.select("#cell-2027-" + fna + "-error").text())
                .isEqualTo("L’importo non può essere negativo.");
        assertThat(refused.select("#cell-2028-" + fna + "-error").text())
                .isEqualTo("Gli importi hanno al massimo due decimali (i centesimi).");
        assertThat(refused.select("#cell-2028-" + municipal + "-error").text())
                .isEqualTo("«dodici» non è un importo: scrivilo come 1.234,56.");
        assertThat(refused.select("#cell-2027-" + fna).attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#cell-2027-" + fna).val()).isEqualTo("-5");
        assertThat(refused.select("#cell-2028-" + municipal).val()).isEqualTo("dodici");
        assertThat(refused.select("#cell-2027-" + fnps).val()).isEqualTo("12.345,67");
        assertThat(editor.open(scene.grid()).select("#cell-2027-" + fnps).val())
                .as("nothing was saved")
                .isEmpty();

        MvcResult saved = editor.submit(
                editor.open(scene.grid()),
                "main form",
                Map.of(cell(2027, fnps), "12.345,67", cell(2028, municipal), "1.000"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(scene.grid());
        Document after = editor.open(scene.grid());
        assertThat(after.select(".alert-success").text()).contains("Assistenza domiciliare");
        assertThat(after.select("#cell-2027-" + fnps).val()).isEqualTo("12.345,67");
        assertThat(after.select("#cell-2028-" + municipal).val()).isEqualTo("1.000,00");
        assertThat(after.select("tfoot").text()).contains("13.345,67");

        MvcResult cleared = editor.submit(after, "main form", Map.of(cell(2028, municipal), ""));
        assertThat(cleared.getResponse().getRedirectedUrl()).isEqualTo(scene.grid());
        assertThat(editor.open("/plans/" + scene.plan() + "/budget-lines").select("tbody tr"))
                .as("an emptied cell removes its line")
                .hasSize(1);
    }

    @Test
    void theOverviewShowsTotalsAndEveryChartHasItsDataTable() {
        Scene scene = scene();
        WebClient editor = fixtures.signIn(scene.district().editor());
        editor.submit(
                editor.open(scene.grid()),
                "main form",
                Map.of(
                        cell(2027, source(scene, "FNPS")), "10.000",
                        cell(2028, source(scene, "FNA")), "2.500,50",
                        cell(2028, source(scene, "MUNICIPAL")), "1.000,01"));

        Document page = editor.open("/plans/" + scene.plan() + "/budget");

        assertThat(page.select("h1").text()).isEqualTo("Risorse del piano");
        assertThat(page.select("main p.lead").text()).contains("13.500,51");
        List<Element> charts = page.select("main figure.zona-chart[role=img]");
        assertThat(charts).hasSize(3);
        for (Element chart : charts) {
            String[] labels = chart.attr("aria-labelledby").split(" ");
            assertThat(chart.getElementById(labels[0]).text()).isNotBlank();
            assertThat(chart.getElementById(labels[1]).text()).isNotBlank();
            assertThat(chart.select("svg text"))
                    .as("labels are page text, not drawn: a phone would shrink them")
                    .isEmpty();
            assertThat(chart.select("svg[aria-hidden=true] rect")).isNotEmpty();
            Element table = chart.nextElementSibling().selectFirst("table");
            assertThat(table).as("the chart's data table follows it").isNotNull();
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("th[scope]")).isNotEmpty();
        }
        assertThat(page.select("table:has(caption:contains(per anno)) tbody").text())
                .contains("2027", "10.000,00", "2028", "3.500,51", "2029", "0,00");
        assertThat(page.select("table:has(caption:contains(per fonte)) tbody").text())
                .contains("Fondo per le non autosufficienze (FNA)", "2.500,50");
        assertThat(page.select("table:has(caption:contains(Anziani)), table:has(caption:contains(area)) tbody")
                        .text())
                .contains("Anziani", "13.500,51");
        assertThat(page.select("table:has(caption:contains(LEPS)), table:has(caption:contains(Assistenti sociali))"))
                .isNotEmpty();
        assertThat(page.select("main").text()).contains("non ha un piano precedente");
    }

    @Test
    void theMunicipalSharesAddUpExactlyToTheYearsCoFunding() {
        Scene scene = scene();
        fixtures.addMunicipality(scene.district());
        fixtures.addMunicipality(scene.district());
        WebClient editor = fixtures.signIn(scene.district().editor());
        editor.submit(
                editor.open(scene.grid()), "main form", Map.of(cell(2027, source(scene, "MUNICIPAL")), "1.000,01"));

        Document page = editor.open("/plans/" + scene.plan() + "/cofunding");

        Element table = page.selectFirst("table:has(caption:contains(Quote di cofinanziamento))");
        BigDecimal sum = BigDecimal.ZERO;
        for (Element row : table.select("tbody tr")) {
            sum = sum.add(euros(row.select("td").get(1).text()));
        }
        assertThat(table.select("tbody tr")).hasSize(3);
        assertThat(sum).isEqualByComparingTo("1000.01");
        assertThat(table.select("tfoot tr").first().text()).contains("1.000,01");

        Map<String, String> weights = new HashMap<>();
        weights.put("method", "AGREED");
        page.select("input[name^=weights]").forEach(input -> weights.put(input.attr("name"), "10"));
        Document refused = html(editor.submit(page, "form[action$=/cofunding]", weights));
        assertThat(refused.select(".alert-danger").text()).contains("Le percentuali devono fare 100: ora fanno 30");
        assertThat(refused.select("input[name^=weights]").eachAttr("value")).containsOnly("10");

        MvcResult saved = editor.submit(
                refused, "form[action$=/cofunding]", Map.of("method", "PER_CAPITA", "perCapitaQuota", "0,50"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + scene.plan() + "/cofunding");
        assertThat(editor.open("/plans/" + scene.plan() + "/cofunding")
                        .select("main")
                        .text())
                .contains("Quota pro capite", "0,50 € per abitante");
    }

    private static BigDecimal euros(String text) {
        return new BigDecimal(
                text.replace("€", "").replace(".", "").replace(',', '.').strip());
    }

    @Test
    void theLepsCountsOnlyTheSocialWorkersOfTheDistrictsPublicBodiesAndShowsTheOthersApart() {
        Scene scene = scene();
        Map<OrganizationType, String> fte = Map.of(
                OrganizationType.MUNICIPALITY, "1",
                OrganizationType.UNION_OF_MUNICIPALITIES, "0.5",
                OrganizationType.SOCIAL_COOPERATIVE, "2",
                OrganizationType.HEALTH_AUTHORITY, "0.75");
        fixtures.as(scene.district().editor().username(), () -> {
            fte.forEach((type, value) -> staffing.create(
                    scene.plan(),
                    new StaffingForm(
                            2028,
                            ProfessionalRole.SOCIAL_WORKER,
                            null,
                            new BigDecimal(value),
                            fixtures.organization(scene.district(), "Ente " + type, type),
                            null,
                            null),
                    null));
            return null;
        });
        WebClient editor = fixtures.signIn(scene.district().editor());

        Document page = editor.open("/plans/" + scene.plan() + "/staffing");
        Element leps = page.selectFirst("table:has(caption:contains(Assistenti sociali rispetto))");
        List<String> headers = leps.select("thead th").eachText();
        Element row = leps.selectFirst("tbody tr:has(th:contains(2028))");
        assertThat(row.child(headers.indexOf("Assistenti sociali degli enti pubblici (FTE)"))
                        .text())
                .isEqualTo("1,5");
        assertThat(row.child(headers.indexOf("Altri assistenti sociali, non contati (FTE)"))
                        .text())
                .isEqualTo("2,75");
        assertThat(row.child(headers.indexOf("Popolazione ISTAT al")).text())
                .as("the plan's years are later than ISTAT's last figure")
                .matches("\\d{2}/\\d{2}/\\d{4} \\(l’ultima nota\\)");
        assertThat(page.select("main").text())
                .contains("contano solo gli assistenti sociali impiegati dagli enti pubblici dell’Ambito")
                .contains("popolazione residente ISTAT al 1° gennaio di ogni anno");

        Document english = editor.open("/plans/" + scene.plan() + "/budget?lang=en");
        assertThat(english.select("main").text())
                .contains("Other social workers, not counted (FTE)", "ISTAT population on")
                .containsPattern("\\d{1,2} \\w{3} \\d{4} \\(latest known\\)");

        Document document = editor.open("/plans/" + scene.plan() + "/document");
        Element printed = document.selectFirst("article table:has(caption:contains(livello essenziale))");
        List<String> printedHeaders = printed.select("thead th").eachText();
        Element printedRow = printed.selectFirst("tbody tr:has(th:contains(2028))");
        assertThat(printedRow
                        .child(printedHeaders.indexOf("Assistenti sociali degli enti pubblici"))
                        .text())
                .isEqualTo("1,50");
        assertThat(printedRow
                        .child(printedHeaders.indexOf("Altri assistenti sociali, non contati"))
                        .text())
                .isEqualTo("2,75");
        assertThat(printedRow.child(printedHeaders.indexOf("Popolazione al")).text())
                .endsWith("(ultima nota)");
    }

    @Test
    void theStaffIsAddedChangedAndDeletedWithTheLepsCheckAlongside() {
        Scene scene = scene();
        long organization = fixtures.organization(scene.district(), "Cooperativa Aurora");
        WebClient editor = fixtures.signIn(scene.district().editor());
        String list = "/plans/" + scene.plan() + "/staffing";
        Document empty = editor.open(list);
        assertThat(empty.select("main").text()).contains("Non è ancora indicato il personale", "Sotto il minimo");

        Document refused = html(editor.submit(editor.open(list + "/new"), "main form", Map.of("fte", "")));
        assertThat(refused.select("#fte-error")).isNotEmpty();

        MvcResult created = editor.submit(
                refused,
                "main form",
                Map.of(
                        "year", "2028",
                        "role", "SOCIAL_WORKER",
                        "fte", "2.5",
                        "description", "Servizio sociale",
                        "organizationId", String.valueOf(organization)));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(list);
        Document page = editor.open(list);
        assertThat(page.select("tbody tr:contains(Servizio sociale)").text())
                .contains("2028", "Assistente sociale", "2,5", "Cooperativa Aurora");

        String edit = page.select("a[href$=/edit]").attr("href");
        editor.submit(editor.open(edit), "main form", Map.of("fte", "3"));
        assertThat(editor.open(list)
                        .select("tbody tr:contains(Servizio sociale)")
                        .text())
                .contains("3");

        Document confirm =
                editor.open(editor.open(list).select("a[href$=/delete]").attr("href"));
        assertThat(confirm.select("h1").text()).contains("Assistente sociale, 2028");
        MvcResult deleted = editor.submit(confirm, "main form", Map.of());
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(list);
        assertThat(editor.open(list).select("main").text()).contains("Non è ancora indicato il personale");
    }

    @Test
    void aFacilityIsAddedChangedAndDeleted() {
        Scene scene = scene();
        WebClient editor = fixtures.signIn(scene.district().editor());
        String list = "/plans/" + scene.plan() + "/facilities";

        Document refused = html(editor.submit(editor.open(list + "/new"), "main form", Map.of("name", "")));
        assertThat(refused.select("#name-error")).isNotEmpty();

        editor.submit(refused, "main form", Map.of("name", "Centro diurno Il Faro", "capacity", "20"));
        Document page = editor.open(list);
        assertThat(page.select("tbody tr").text()).contains("Centro diurno Il Faro", "20");

        editor.submit(editor.open(page.select("a[href$=/edit]").attr("href")), "main form", Map.of("capacity", "25"));
        assertThat(editor.open(list).select("tbody tr").text()).contains("25");

        Document confirm =
                editor.open(editor.open(list).select("a[href$=/delete]").attr("href"));
        editor.submit(confirm, "main form", Map.of());
        assertThat(editor.open(list).select("tbody tr")).isEmpty();
    }

    @Test
    void aFundingSourceInUseCannotBeDeletedAndTheRefusalSaysWhoHoldsIt() {
        Scene scene = scene();
        long fnps = source(scene, "FNPS");
        WebClient editor = fixtures.signIn(scene.district().editor());
        editor.submit(editor.open(scene.grid()), "main form", Map.of(cell(2027, fnps), "100"));
        WebClient admin = fixtures.signIn(scene.district().admin());
        String list = "/districts/" + scene.district().slug() + "/funding-sources";

        Document confirm = admin.open(list + "/" + fnps + "/delete");
        assertThat(confirm.select(".alert-danger").text())
                .contains("non si può eliminare", "Piano sociale di zona 2027-2029");
        assertThat(confirm.select("main form[method=post]")).isEmpty();
        MvcResult forced = admin.post(list + "/" + fnps + "/delete", Map.of());
        assertThat(html(forced).select(".alert-danger").text()).contains("non si può eliminare");

        admin.submit(admin.open(list + "/new"), "main form", Map.of("name", "Fondazione del Sud"));
        Document page = admin.open(list);
        assertThat(page.select(".alert-success").text()).contains("Fondazione del Sud");
        String delete =
                page.select("a[href$=/delete][aria-label*=Fondazione del Sud]").attr("href");
        admin.submit(admin.open(delete), "main form", Map.of());
        assertThat(admin.open(list).select("tbody").text()).doesNotContain("Fondazione del Sud");

        assertThat(new WebClient(mvc).open(list).select("tbody tr")).hasSize(9);
        assertThat(editor.get(list + "/new").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void citizensReadTheBudgetOnlyOnceThePlanIsApproved() {
        Scene scene = scene();
        WebClient citizen = new WebClient(mvc);
        for (String page : List.of("/budget", "/budget-lines", "/staffing", "/facilities", "/cofunding")) {
            assertThat(citizen.get("/plans/" + scene.plan() + page)
                            .getResponse()
                            .getRedirectedUrl())
                    .as(page)
                    .endsWith("/login");
        }
        assertThat(citizen.get(scene.grid()).getResponse().getRedirectedUrl()).endsWith("/login");

        fixtures.approve(scene.district(), scene.plan());

        Document budget = citizen.open("/plans/" + scene.plan() + "/budget");
        assertThat(budget.select("form[method=post], a[href$=/new]")).isEmpty();
        assertThat(citizen.open(scene.grid()).select("main form, main input")).isEmpty();
    }

    @Test
    void aViewerReadsButCannotChangeAndAnAdminGivesAReasonAfterApproval() {
        Scene scene = scene();
        WebClient viewer = fixtures.signIn(scene.district().viewer());
        assertThat(viewer.open(scene.grid()).select("main form[method=post]")).isEmpty();
        assertThat(viewer.open("/plans/" + scene.plan() + "/staffing").select("a[href$=/new]"))
                .isEmpty();
        assertThat(viewer.get("/plans/" + scene.plan() + "/staffing/new")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(viewer.get("/plans/" + scene.plan() + "/facilities/new")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(viewer.post(scene.grid(), Map.of(cell(2027, source(scene, "FNPS")), "5"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(viewer.post("/plans/" + scene.plan() + "/cofunding", Map.of("method", "POPULATION"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        fixtures.approve(scene.district(), scene.plan());
        WebClient admin = fixtures.signIn(scene.district().admin());
        Document grid = admin.open(scene.grid());
        assertThat(grid.select("#reason")).hasSize(1);
        Document refused = html(admin.submit(grid, "main form", Map.of(cell(2027, source(scene, "FNPS")), "5")));
        assertThat(refused.select(".alert-danger").text()).contains("motivo");
        MvcResult saved = admin.submit(
                refused, "main form", Map.of(cell(2027, source(scene, "FNPS")), "5", "reason", "Delibera n. 9"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(scene.grid());

        MvcResult unnamed = admin.submit(
                admin.open("/plans/" + scene.plan() + "/facilities/new"),
                "main form",
                Map.of("name", "", "kind", "", "address", "", "capacity", "", "note", "", "reason", ""));
        assertThat(html(unnamed).select("#name-error")).isNotEmpty();
    }
}
