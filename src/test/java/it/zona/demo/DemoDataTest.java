package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.budget.BudgetOverview;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.BudgetReport;
import it.zona.budget.FacilityRegistry;
import it.zona.budget.LepsCheck;
import it.zona.budget.MunicipalShares;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingRegistry;
import it.zona.budget.StaffingView;
import it.zona.participation.contributions.ProposalOutcome;
import it.zona.participation.contributions.ProposalRegistry;
import it.zona.participation.contributions.ProposalView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.programme.NeedRegistry;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.PolicyAreaView;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ZonaIntegrationTest
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanRegistry plans;

    @Autowired
    AreaRegistry areas;

    @Autowired
    NeedRegistry needs;

    @Autowired
    ObjectiveRegistry objectives;

    @Autowired
    InterventionRegistry interventions;

    @Test
    void everyServiceOfTheCatalogueHasItsAccessCriteriaAndTheCheckWeighsThem() throws Exception {
        mvc.perform(post("/api/v1/districts/poggiardo/eligibility")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"age": 78, "municipality": "075061", "iseeType": "SOCIO_HEALTH", "isee": 9000,
                                 "disability": "ART3_C3", "invalidityPercent": 100, "nonSelfSufficient": true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services", hasSize(8)))
                .andExpect(jsonPath("$.undescribed", hasSize(0)))
                .andExpect(jsonPath("$.services[?(@.title == 'Servizio di assistenza domiciliare (SAD)')].verdict")
                        .value(contains("ASSESSED")))
                .andExpect(jsonPath("$.services[?(@.title == 'Servizio di assistenza domiciliare (SAD)')].band.value")
                        .value(contains(3.0)))
                .andExpect(jsonPath("$.services[?(@.title == 'Assegno di cura')].verdict")
                        .value(contains("MET")))
                .andExpect(jsonPath("$.services[?(@.title == 'Assegno di cura')].band.reason")
                        .value(contains("Importo: 600,00 € (fascia con ISEE fino a 10.000,00 €).")))
                .andExpect(jsonPath("$.services[?(@.title == 'Reddito minimo di inclusione')].verdict")
                        .value(contains("NOT_MET")));
    }

    @Test
    void theAmbitoDiPoggiardoIsLoadedWithItsFifteenRealMunicipalities() throws Exception {
        mvc.perform(get("/api/v1/districts/poggiardo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ambito territoriale sociale di Poggiardo"))
                .andExpect(jsonPath("$.legalForm").value("CONSORZIO"))
                .andExpect(jsonPath("$.demo").value(true))
                .andExpect(jsonPath("$.regions[0]").value("Puglia"))
                .andExpect(jsonPath("$.provinces[0]").value("Lecce"))
                .andExpect(jsonPath("$.leadMunicipality.istatCode").value("075061"))
                .andExpect(jsonPath("$.leadMunicipality.name").value("Poggiardo"))
                .andExpect(jsonPath("$.municipalities.length()").value(15))
                // ISTAT resident population on 1 January 2026 (Fonte: Istat).
                .andExpect(jsonPath("$.population").value(41954));
    }

    @Test
    void itHasTheMayorsBoardTheConsortiumBoardAndItsSeat() throws Exception {
        mvc.perform(get("/api/v1/districts/poggiardo"))
                .andExpect(jsonPath("$.governingBodies[?(@.type == 'INSTITUTIONAL_BOARD')].members[*]", hasSize(15)))
                .andExpect(jsonPath(
                                "$.governingBodies[?(@.type == 'BOARD')].members[?(@.role == 'PRESIDENT')].municipality")
                        .value("075061"))
                .andExpect(
                        jsonPath("$.governingBodies[?(@.type == 'BOARD')].members[?(@.role == 'MEMBER')]", hasSize(4)))
                .andExpect(jsonPath(
                        "$.governingBodies[?(@.type == 'BOARD')].members[?(@.role == 'DIRECTOR')]", hasSize(1)))
                .andExpect(jsonPath("$.offices[0].address").value("Viale della Repubblica 12"))
                .andExpect(jsonPath("$.offices[0].postalCode").value("73037"))
                .andExpect(jsonPath("$.offices[0].hours.length()").value(4))
                .andExpect(jsonPath("$.planningOffice.headName").value("Paolo Russo"));
    }

    @Test
    void theDemoAccountsSignInWithTheDemoPassword() {
        for (String username : new String[] {"admin", "ufficio.poggiardo", "editor.poggiardo", "viewer.poggiardo"}) {
            assertThat(fixtures.token(username, Fixtures.DEMO_PASSWORD)).startsWith("zona_");
        }
    }

    @Test
    void theDemoStaffHaveTheirRolesInPoggiardo() throws Exception {
        String viewer = fixtures.token("viewer.poggiardo", Fixtures.DEMO_PASSWORD);
        mvc.perform(get("/api/v1/districts/poggiardo/organizations").header("Authorization", "Bearer " + viewer))
                .andExpect(status().isOk())
                // Eight of its own and the fourteen other Comuni, parties to the agreement.
                .andExpect(jsonPath("$.totalItems").value(22));
        String admin = fixtures.token("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
        mvc.perform(get("/api/v1/districts/poggiardo/staff").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void thePlan2024To2026HasNeedsObjectivesAndInterventionsInEveryArea() {
        long planId = plan("Piano sociale di zona 2024-2026");
        List<InterventionView> all = interventions.list(planId);
        assertThat(all).hasSizeBetween(25, 30);
        for (PolicyAreaView area : leafAreas(planId)) {
            assertThat(all).as(area.name()).anyMatch(i -> i.area().id() == area.id());
            assertThat(needs.list(planId, area.id())).as(area.name()).isNotEmpty();
        }
        assertThat(areas.areas(planId))
                .anyMatch(node -> node.area().name().equals("Area Adulti")
                        && node.children().size() == 4);
        assertThat(objectives.outline(planId))
                .allMatch(area -> area.objectives().stream()
                        .allMatch(general -> !general.objective().needs().isEmpty()));
        assertThat(all)
                .anyMatch(i -> !i.allMunicipalities() && !i.municipalities().isEmpty());
        assertThat(all).allMatch(i -> i.leadOrganization() != null);
    }

    @Test
    void theProgrammeFor2024IsApprovedByTheBoardsResolutionAndFrozenTheOthersAwaitTheirs() throws Exception {
        long planId = plan("Piano sociale di zona 2024-2026");
        mvc.perform(get("/api/v1/plans/{id}/years/2024/approvals", planId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].approvedOn").value("2024-03-26"))
                .andExpect(jsonPath("$[0].act").value(org.hamcrest.Matchers.startsWith("Delibera n. 2 del 26/03/2024")))
                .andExpect(jsonPath("$[0].actLink").value(org.hamcrest.Matchers.startsWith("/resolutions/")))
                .andExpect(jsonPath("$[0].fileName").value("programma-attuativo-poggiardo-2024.pdf"));
        mvc.perform(get("/api/v1/plans/{id}/years/2025/approvals", planId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theCatalogueHasEightServicesFundedByThePlanAndOneApplicationWindowOpen() throws Exception {
        mvc.perform(get("/api/v1/districts/poggiardo/services?size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(8))
                .andExpect(jsonPath("$.items[?(@.windowOpen == true)].title")
                        .value(org.hamcrest.Matchers.contains("Assegno di cura")))
                .andExpect(jsonPath("$.items[?(@.kind == 'VOUCHER')]", hasSize(5)));
        mvc.perform(get("/api/v1/districts/poggiardo/services?q=anziano"))
                .andExpect(jsonPath(
                        "$.items[*].title", org.hamcrest.Matchers.hasItem("Servizio di assistenza domiciliare (SAD)")));
    }

    @Test
    void thePlan2022To2023HasASmallerProgrammeInTheSameAreas() {
        long planId = plan("Piano sociale di zona 2022-2023");
        List<InterventionView> all = interventions.list(planId);
        assertThat(all).hasSizeBetween(10, 12);
        for (PolicyAreaView area : leafAreas(planId)) {
            assertThat(all).as(area.name()).anyMatch(i -> i.area().id() == area.id());
        }
    }

    @Autowired
    BudgetReport budgetReport;

    @Autowired
    BudgetRegistry budgetLines;

    @Autowired
    StaffingRegistry staffing;

    @Autowired
    FacilityRegistry facilities;

    @Test
    void everyInterventionOfBothPlansHasABudgetFromTheUsualSourcesAndThePlansCompare() {
        long planId = plan("Piano sociale di zona 2024-2026");
        BudgetOverview overview = budgetReport.overview(planId);
        assertThat(overview.total()).isPositive();
        assertThat(overview.bySource().stream()
                        .filter(source -> source.total().signum() > 0)
                        .map(BudgetOverview.Breakdown::code))
                .contains("FNPS", "FNA", "POVERTY_FUND", "REGIONAL", "MUNICIPAL", "HEALTH", "EU_PNRR", "CO_PAYMENT");
        for (long id : List.of(planId, plan("Piano sociale di zona 2022-2023"))) {
            List<Long> funded = budgetLines.list(id, null, null, null).stream()
                    .map(line -> line.interventionId())
                    .distinct()
                    .toList();
            assertThat(funded)
                    .containsExactlyInAnyOrderElementsOf(interventions.list(id).stream()
                            .map(InterventionView::id)
                            .toList());
        }
        assertThat(overview.comparison()).isNotNull();
        assertThat(overview.comparison().total().previous()).isPositive();
        assertThat(overview.comparison().byArea()).isNotEmpty();
        for (MunicipalShares year : overview.municipalShares()) {
            assertThat(year.budgeted()).isPositive();
            assertThat(year.shared()).isEqualByComparingTo(year.budgeted());
            assertThat(year.shares()).hasSize(15);
        }
    }

    @Test
    void theSocialWorkersMeetTheLepsMinimumButNotYetTheTarget() {
        for (LepsCheck year :
                budgetReport.overview(plan("Piano sociale di zona 2024-2026")).leps()) {
            assertThat(year.meetsMinimum()).isTrue();
            assertThat(year.meetsTarget()).isFalse();
            // The Comuni's 8.5 count; the cooperative's 2.5 and the ASL's 0.8 are shown apart.
            assertThat(year.socialWorkerFte()).isEqualByComparingTo("8.50");
            assertThat(year.otherSocialWorkerFte()).isEqualByComparingTo("3.30");
            assertThat(year.gapToTarget()).isBetween(new BigDecimal("1.9"), new BigDecimal("2.1"));
            assertThat(year.inhabitantsPerWorker()).isBetween(4900L, 5000L);
        }
        assertThat(budgetReport
                        .overview(plan("Piano sociale di zona 2022-2023"))
                        .leps())
                .allMatch(year -> !year.meetsMinimum());
        long planId = plan("Piano sociale di zona 2024-2026");
        assertThat(staffing.list(planId).stream().map(StaffingView::role))
                .contains(
                        ProfessionalRole.SOCIAL_WORKER,
                        ProfessionalRole.EDUCATOR,
                        ProfessionalRole.PSYCHOLOGIST,
                        ProfessionalRole.ADMINISTRATIVE);
        assertThat(staffing.list(planId)).allMatch(row -> row.organization() != null);
        assertThat(facilities.list(planId)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Autowired
    ProposalRegistry proposals;

    @Test
    void theTablesBroughtProposalsWithEveryKindOfOutcome() {
        long planId = plan("Piano sociale di zona 2024-2026");
        List<ProposalView> all = proposals.page(planId, null, null, 0, 20).items();
        assertThat(all)
                .extracting(ProposalView::outcome)
                .contains(
                        ProposalOutcome.OPEN,
                        ProposalOutcome.ADOPTED_AS_INTERVENTION,
                        ProposalOutcome.MERGED,
                        ProposalOutcome.NOT_ACCEPTED,
                        ProposalOutcome.ACCEPTED);
        assertThat(all)
                .filteredOn(p -> p.outcome() == ProposalOutcome.NOT_ACCEPTED)
                .allMatch(p -> p.answer() != null && !p.answer().isBlank());
    }

    private long plan(String title) {
        return plans.list("poggiardo").stream()
                .filter(plan -> plan.title().equals(title))
                .mapToLong(PlanSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private List<PolicyAreaView> leafAreas(long planId) {
        List<PolicyAreaView> inOrder = areas.areasInOrder(planId);
        return inOrder.stream()
                .filter(area -> inOrder.stream()
                        .noneMatch(other -> Long.valueOf(area.id()).equals(other.parentId())))
                .toList();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theMeetingsHaveApprovedMinutesOneCorrectionAndADraftAwaitingRemarks() {
        List<String> versions = jdbc.queryForList(
                "select m.status || ' v' || m.version_no || (case when m.previous_id is null then '' else ' corrects' end)"
                        + " from meeting_minutes m join meeting g on g.id = m.meeting_id"
                        + " join district d on d.id = g.district_id where d.slug = 'poggiardo'",
                String.class);
        assertThat(versions).as(versions.toString()).contains("APPROVED v1", "APPROVED v2 corrects", "CIRCULATED v1");
    }

    @Autowired
    it.zona.spending.SpendingLedger spending;

    @Test
    void theSpendingOf2024And2025CameThroughTheImportWithAVariationAndLinesThatPayLate() {
        long planId = fixtures.as("ufficio.poggiardo", () -> plan("Piano sociale di zona 2024-2026"));
        it.zona.spending.PlanSpending figures = fixtures.as("viewer.poggiardo", () -> spending.plan(planId, null));
        assertThat(figures.byYear()).extracting(y -> y.year()).contains(2024, 2025, 2026);
        assertThat(figures.byYear().get(0).figures().committed()).isEqualByComparingTo("300700.00");
        assertThat(figures.byYear().get(0).figures().variations()).isEqualByComparingTo("5000.00");
        assertThat(figures.byYear().get(1).figures().committed()).isEqualByComparingTo("286000.00");
        assertThat(figures.lines())
                .filteredOn(l -> l.figures().committed().signum() > 0
                        && l.figures().paidPercent().compareTo(new java.math.BigDecimal("20")) < 0)
                .as("lines whose payments lag")
                .hasSizeGreaterThanOrEqualTo(2);
        Integer imported = jdbc.queryForObject(
                "select count(*) from spending_entry where plan_id = ? and import_id is not null",
                Integer.class,
                planId);
        assertThat(imported).isEqualTo(40);
    }

    @Test
    void theMonitoringReportOf2024IsFrozenAndTwoFundReportsOf2025StandAsAlerts() {
        long planId = fixtures.as("ufficio.poggiardo", () -> plan("Piano sociale di zona 2024-2026"));
        assertThat(jdbc.queryForList(
                        "select d.title from archived_document d join district t on t.id = d.district_id"
                                + " where t.slug = 'poggiardo' and d.kind = 'MONITORING_REPORT'",
                        String.class))
                .containsExactly("Relazione di monitoraggio 2024 – Piano sociale di zona 2024-2026");
        assertThat(jdbc.queryForObject(
                        "select count(*) from fund_annuality where plan_id = ? and reported_on is null"
                                + " and reporting_deadline is not null",
                        Integer.class,
                        planId))
                .isEqualTo(2);
    }

    @Test
    void theAmbitosOpenDataPublisherIsSetSoTheInstallationsCatalogueListsItsDatasets() throws Exception {
        String catalogue = mvc.perform(get("/open-data/catalog.ttl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(catalogue)
                .contains(
                        "/districts/poggiardo/open-data/payments.csv", "cssp_lecce", "ufficiodipiano@ambito-poggiardo");
    }
}
