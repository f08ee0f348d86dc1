package it.zona.api;

import static it.zona.api.Api.as;
import static it.zona.api.Api.fields;
import static it.zona.api.Api.named;
import static it.zona.api.Api.path;
import static it.zona.api.Api.problem;
import static it.zona.api.Api.revealsNone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.agreement.TestPki;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.spending.CommitmentForm;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingScene;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what: every write endpoint and every private read of the API, tried by an anonymous
 * client, the District's viewer, an editor of another District, the District's editor and its
 * admin. Each attempt gets a target of its own, carrying private data that a refusal must not show;
 * after a refusal the target is read back to check that nothing changed.
 */
@ZonaIntegrationTest
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planContent;

    @Autowired
    Mailer mailer;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    ApplicationContext application;

    @Autowired
    Clock clock;

    /** A past year no other plan of the matrix takes: attendance is recorded for past meetings. */
    private static final int PAST_YEAR = 2000;

    /**
     * The years of the District's plans, one each (periods may not overlap), up to 2100. Each matrix
     * has an instance and a District of its own: one District's hundred years would not do for both.
     */
    private final AtomicInteger planYears = new AtomicInteger(PAST_YEAR + 1);

    /** The signers of the agreement's files, trusted by the application; built once, when first needed. */
    private static TestPki pki;

    private Api api;
    private TestDistrict district;
    private TestDistrict other;

    enum Actor {
        ANONYMOUS("anonymous"),
        VIEWER("viewer"),
        OTHER_EDITOR("editor of another District"),
        EDITOR("editor"),
        ADMIN("admin");

        final String label;

        Actor(String label) {
            this.label = label;
        }
    }

    /** The least an actor needs to be allowed. */
    enum Needs {
        VIEWER,
        EDITOR,
        ADMIN,
        PLATFORM_ADMIN;

        boolean allows(Actor actor) {
            return switch (actor) {
                case ANONYMOUS, OTHER_EDITOR -> false;
                case VIEWER -> this == VIEWER;
                case EDITOR -> this == VIEWER || this == EDITOR;
                case ADMIN -> this != PLATFORM_ADMIN;
            };
        }
    }

    /**
     * After a refusal, an admin reads {@code path}: it still shows {@code stays} and never {@code
     * neverAppears}; or, when {@code absent}, it is still not there.
     */
    record Probe(String path, List<String> stays, List<String> neverAppears, boolean absent) {

        Probe(String path, List<String> stays, List<String> neverAppears) {
            this(path, stays, neverAppears, false);
        }

        /** What a refused creation would have made: the admin's read still answers 404. */
        static Probe absent(String path) {
            return new Probe(path, List.of(), List.of(), true);
        }
    }

    /** One request, prepared for one attempt, and the private data its refusal must not reveal. */
    record Attempt(AbstractMockHttpServletRequestBuilder<?> request, List<String> secrets, Probe probe) {}

    @FunctionalInterface
    interface Preparation {
        Attempt prepare() throws Exception;
    }

    record Endpoint(String name, Needs needs, int success, Preparation preparation) {}

    @BeforeEach
    void api() {
        api = new Api(mvc, json);
    }

    @AfterAll
    static void closePki() {
        if (pki != null) {
            pki.close();
            pki = null;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachActorAsItsRoleAllows() {
        return matrix(this::endpoints);
    }

    /**
     * The program agreement's endpoints, in a District of their own: an agreement takes a plan of its
     * own, a plan a year of its own, and the other endpoints leave too few of the District's years.
     */
    @TestFactory
    Stream<DynamicTest> everyAgreementEndpointAnswersEachActorAsItsRoleAllows() {
        return matrix(this::agreementEndpoints);
    }

    private Stream<DynamicTest> matrix(Supplier<List<Endpoint>> endpoints) {
        district = fixtures.district();
        other = fixtures.district();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints.get()) {
            for (Actor actor : Actor.values()) {
                int expected =
                        actor == Actor.ANONYMOUS ? 401 : endpoint.needs().allows(actor) ? endpoint.success() : 403;
                String name = endpoint.name() + " as " + actor.label + " → " + expected;
                tests.add(named(name, () -> attempt(endpoint, actor, expected)));
            }
        }
        return tests.stream();
    }

    private void attempt(Endpoint endpoint, Actor actor, int expected) throws Exception {
        Attempt attempt = endpoint.preparation().prepare();
        Staff staff = staff(actor);
        RequestBuilder request =
                staff == null ? attempt.request() : attempt.request().header(HttpHeaders.AUTHORIZATION, staff.bearer());
        if (expected < 400) {
            api.perform(request).andExpect(status().is(expected)).andExpect(result -> {
                if (endpoint.name().startsWith("GET ")) {
                    // The private data a refusal must hide are really there for those allowed.
                    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                            .contains(attempt.secrets());
                }
            });
            return;
        }
        api.perform(request).andExpect(problem(expected)).andExpect(revealsNone(attempt.secrets()));
        if (attempt.probe() != null && attempt.probe().absent()) {
            api.perform(as(district.admin(), get(attempt.probe().path()))).andExpect(problem(404));
        } else if (attempt.probe() != null) {
            String after = api.text(district.admin(), attempt.probe().path());
            attempt.probe().stays().forEach(text -> assertThat(after).contains(text));
            attempt.probe().neverAppears().forEach(text -> assertThat(after).doesNotContain(text));
        }
    }

    private Staff staff(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case VIEWER -> district.viewer();
            case OTHER_EDITOR -> other.editor();
            case EDITOR -> district.editor();
            case ADMIN -> district.admin();
        };
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(entity("/organizations", Needs.VIEWER, Api::organization, "name", "Cooperativa "));
        endpoints.addAll(entity("/people", Needs.VIEWER, Api::person, "familyName", "Riservata "));
        endpoints.addAll(entity("/governing-bodies", null, Api::governingBody, "name", "Conferenza "));
        endpoints.addAll(entity("/offices", null, Api::office, "name", "Sportello "));
        endpoints.addAll(serviceEndpoints());
        endpoints.add(new Endpoint("PUT /api/v1/services/{id}/criteria", Needs.EDITOR, 200, this::replaceCriteria));
        endpoints.add(new Endpoint("GET /api/v1/districts/{slug}/alerts", Needs.VIEWER, 200, this::readAlerts));
        endpoints.addAll(List.of(
                new Endpoint("PUT /planning-office", Needs.EDITOR, 200, this::updatePlanningOffice),
                new Endpoint("GET /open-data/publisher", Needs.VIEWER, 200, this::readOpenDataPublisher),
                new Endpoint("PUT /open-data/publisher", Needs.ADMIN, 200, this::updateOpenDataPublisher),
                new Endpoint("PUT /districts/{slug}", Needs.ADMIN, 200, this::updateDistrict),
                new Endpoint("PUT /municipalities/{istatCode}", Needs.ADMIN, 200, this::addMunicipality),
                new Endpoint("DELETE /municipalities/{istatCode}", Needs.ADMIN, 204, this::removeMunicipality),
                new Endpoint("GET /staff", Needs.ADMIN, 200, this::listStaff),
                new Endpoint("PUT /staff/{username}", Needs.ADMIN, 202, this::grantRole),
                new Endpoint("GET /staff/invitations", Needs.ADMIN, 200, this::listInvitations),
                new Endpoint("DELETE /staff/{username}", Needs.ADMIN, 204, this::revokeRole),
                new Endpoint("GET /audit", Needs.ADMIN, 200, this::readAudit),
                new Endpoint("GET /api/v1/outbox", Needs.ADMIN, 200, this::readOutbox),
                new Endpoint("GET /api/v1/audit/verification", Needs.PLATFORM_ADMIN, 200, this::verifyAudit),
                new Endpoint("GET /api/v1/plans/{id} (draft)", Needs.VIEWER, 200, this::readDraftPlan),
                new Endpoint("POST /plans", Needs.EDITOR, 201, this::createPlan),
                new Endpoint("PUT /api/v1/plans/{id} (draft)", Needs.EDITOR, 200, () -> updatePlan(false)),
                new Endpoint("PUT /api/v1/plans/{id} (approved)", Needs.ADMIN, 200, () -> updatePlan(true)),
                new Endpoint("POST /api/v1/plans/{id}/transitions", Needs.ADMIN, 200, this::movePlan),
                new Endpoint("GET /api/v1/plans/{id}/needs (draft)", Needs.VIEWER, 200, this::readNeeds),
                new Endpoint("POST /api/v1/plans/{id}/needs", Needs.EDITOR, 201, this::createNeed),
                new Endpoint("POST /api/v1/plans/{id}/areas", Needs.EDITOR, 201, this::createArea),
                new Endpoint("DELETE /api/v1/plans/{id}/objectives/{id}", Needs.EDITOR, 204, this::deleteObjective),
                new Endpoint("PUT /api/v1/plans/{id}/interventions/{id}", Needs.EDITOR, 200, this::updateIntervention),
                new Endpoint("POST /api/v1/plans/{id}/sections", Needs.EDITOR, 201, this::createSection),
                new Endpoint("POST /api/v1/districts", Needs.PLATFORM_ADMIN, 201, this::createDistrict),
                new Endpoint(
                        "POST /api/v1/municipalities/import (CSV body)",
                        Needs.PLATFORM_ADMIN,
                        200,
                        () -> importMunicipalities(false)),
                new Endpoint(
                        "POST /api/v1/municipalities/import (multipart)",
                        Needs.PLATFORM_ADMIN,
                        200,
                        () -> importMunicipalities(true))));
        endpoints.addAll(List.of(
                new Endpoint("GET /api/v1/plans/{id}/documents (draft)", Needs.VIEWER, 200, this::listDocuments),
                new Endpoint("GET /api/v1/documents/{id} (draft)", Needs.VIEWER, 200, this::readDocument),
                new Endpoint("POST /api/v1/plans/{id}/documents", Needs.EDITOR, 201, this::freezeDocument),
                new Endpoint(
                        "POST /api/v1/plans/{id}/years/{year}/approvals", Needs.ADMIN, 201, this::approveProgramme)));
        endpoints.addAll(List.of(
                new Endpoint("POST /api/v1/plans/{id}/tables", Needs.EDITOR, 201, this::createTable),
                new Endpoint("PUT /api/v1/tables/{id}", Needs.EDITOR, 200, this::updateTable),
                new Endpoint("DELETE /api/v1/tables/{id}", Needs.EDITOR, 204, this::deleteTable),
                new Endpoint("PUT /api/v1/plans/{id}/tables/coordinator", Needs.EDITOR, 200, this::appointCoordinator),
                new Endpoint("POST /api/v1/tables/{id}/members", Needs.EDITOR, 201, this::seatMember),
                new Endpoint("DELETE /api/v1/tables/{id}/members/{id}", Needs.EDITOR, 200, this::withdrawMember),
                new Endpoint(
                        "POST /api/v1/tables/{id}/members/{id}/account",
                        Needs.ADMIN,
                        201,
                        this::openRepresentativeAccount)));
        endpoints.addAll(List.of(
                new Endpoint("POST /api/v1/tables/{id}/meetings", Needs.EDITOR, 201, this::scheduleMeeting),
                new Endpoint("POST /api/v1/plans/{id}/meetings", Needs.EDITOR, 201, this::schedulePlenary),
                new Endpoint("PUT /api/v1/meetings/{id}", Needs.EDITOR, 200, this::updateMeeting),
                new Endpoint("POST /api/v1/meetings/{id}/move", Needs.EDITOR, 200, this::moveMeeting),
                new Endpoint("POST /api/v1/meetings/{id}/cancel", Needs.EDITOR, 200, this::cancelMeeting),
                new Endpoint("PUT /api/v1/meetings/{id}/attendance", Needs.EDITOR, 200, this::recordAttendance),
                new Endpoint("DELETE /api/v1/meetings/{id}/attendance", Needs.EDITOR, 204, this::clearAttendance)));
        endpoints.addAll(indicatorEndpoints());
        endpoints.addAll(progressEndpoints());
        endpoints.addAll(callEndpoints());
        endpoints.addAll(minutesEndpoints());
        endpoints.addAll(proposalEndpoints());
        endpoints.addAll(sittingEndpoints());
        endpoints.addAll(spendingEndpoints());
        endpoints.addAll(exportEndpoints());
        return endpoints;
    }

    // Exports for the information systems (module exports): staff only, viewers read, editors map.

    private List<Endpoint> exportEndpoints() {
        return List.of(
                new Endpoint("GET /api/v1/plans/{id}/exports/mapping", Needs.VIEWER, 200, this::readExportMapping),
                new Endpoint("PUT /api/v1/plans/{id}/exports/mapping", Needs.EDITOR, 200, this::saveExportMapping),
                new Endpoint(
                        "GET /api/v1/plans/{id}/exports/istat-matrix.csv",
                        Needs.VIEWER,
                        200,
                        () -> readExport("istat-matrix.csv")),
                new Endpoint(
                        "GET /api/v1/plans/{id}/exports/funds.csv", Needs.VIEWER, 200, () -> readExport("funds.csv")),
                new Endpoint(
                        "GET /api/v1/plans/{id}/exports/staffing.csv",
                        Needs.VIEWER,
                        200,
                        () -> readExport("staffing.csv")));
    }

    /** {plan, District} of the mapped plan the export attempts share, and its intervention's secret title. */
    private long[] exportPlan;

    private String exportSecret;

    private long exportPlan() throws Exception {
        if (exportPlan == null || exportPlan[1] != district.id()) {
            exportSecret = secret();
            long[] scene = planWithIntervention("Intervento " + exportSecret);
            long source = api.get(district.admin(), path(district, "/funding-sources"))
                    .get(0)
                    .get("id")
                    .asLong();
            api.create(
                    district.admin(),
                    "/api/v1/plans/" + scene[0] + "/budget-lines",
                    fields("interventionId", scene[1], "year", scene[2], "fundingSourceId", source, "amount", 1000));
            String mapping = "/api/v1/plans/" + scene[0] + "/exports/mapping";
            api.perform(as(
                            district.admin(),
                            api.json(HttpMethod.PUT, mapping, proposals(api.get(district.admin(), mapping)))))
                    .andExpect(status().isOk());
            exportPlan = new long[] {scene[0], district.id()};
        }
        return exportPlan[0];
    }

    /** Every line mapped to what Zona proposes, or to a catch-all where it proposes nothing. */
    private static Map<String, Object> proposals(tools.jackson.databind.JsonNode view) {
        Function<tools.jackson.databind.JsonNode, Object> proposed = line ->
                line.get("proposed").isNull() ? null : line.get("proposed").asString();
        List<Map<String, Object>> areas = new ArrayList<>();
        view.get("areas")
                .forEach(a -> areas.add(fields(
                        "id",
                        a.get("id").asLong(),
                        "surveyArea",
                        Objects.requireNonNullElse(proposed.apply(a), "MULTI_USER"))));
        List<Map<String, Object>> sources = new ArrayList<>();
        view.get("fundingSources")
                .forEach(f -> sources.add(fields(
                        "id",
                        f.get("id").asLong(),
                        "category",
                        Objects.requireNonNullElse(proposed.apply(f), "OTHER"))));
        List<Map<String, Object>> interventions = new ArrayList<>();
        view.get("interventions")
                .forEach(i -> interventions.add(fields("id", i.get("id").asLong(), "spendingType", proposed.apply(i))));
        return fields(
                "areas",
                areas,
                "fundingSources",
                sources,
                "interventions",
                interventions,
                "version",
                view.get("version").asLong());
    }

    private Attempt readExportMapping() throws Exception {
        long plan = exportPlan();
        return new Attempt(get("/api/v1/plans/" + plan + "/exports/mapping"), List.of(exportSecret), null);
    }

    private Attempt saveExportMapping() throws Exception {
        String target = "/api/v1/plans/" + exportPlan() + "/exports/mapping";
        tools.jackson.databind.JsonNode before = api.get(district.admin(), target);
        Map<String, Object> body = proposals(before);
        String version = "\"version\":" + before.get("version").asLong() + "}";
        return new Attempt(
                api.json(HttpMethod.PUT, target, body), List.of(), new Probe(target, List.of(version), List.of()));
    }

    private Attempt readExport(String file) throws Exception {
        long plan = exportPlan();
        return new Attempt(
                get("/api/v1/plans/" + plan + "/exports/" + file),
                List.of(file.startsWith("staffing") ? "ruolo_codice" : exportSecret),
                null);
    }

    // Spending (module spending): staff only, viewers read, editors record.

    private List<Endpoint> spendingEndpoints() {
        return List.of(
                new Endpoint("GET /api/v1/plans/{id}/spending", Needs.VIEWER, 200, this::readPlanSpending),
                new Endpoint("GET /api/v1/budget-lines/{id}/commitments", Needs.VIEWER, 200, this::readCommitments),
                new Endpoint("GET /api/v1/commitments/{id}", Needs.VIEWER, 200, this::readCommitment),
                new Endpoint("POST /api/v1/budget-lines/{id}/commitments", Needs.EDITOR, 201, this::commit),
                new Endpoint("POST /api/v1/commitments/{id}/payments", Needs.EDITOR, 201, this::pay),
                new Endpoint("POST /api/v1/payments/{id}/corrections", Needs.EDITOR, 200, this::correctPayment),
                new Endpoint("POST /api/v1/budget-lines/{id}/variations", Needs.EDITOR, 201, this::vary),
                new Endpoint(
                        "PUT /api/v1/budget-lines/{id}/accounting-code", Needs.EDITOR, 200, this::setAccountingCode),
                new Endpoint(
                        "PUT /api/v1/plans/{id}/fund-annualities/{source}/{year}",
                        Needs.EDITOR,
                        200,
                        this::recordFundReport));
    }

    private Attempt recordFundReport() throws Exception {
        String secret = secret();
        long[] scene = spendingPlan();
        String target = "/api/v1/plans/" + scene[0] + "/fund-annualities/" + scene[4] + "/" + scene[5];
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields(
                                        "reportingDeadline",
                                        "2026-06-30",
                                        "reportedOn",
                                        "2024-02-01",
                                        "reportAct",
                                        "Nota " + secret))
                        .header(
                                HttpHeaders.IF_MATCH,
                                "\""
                                        + api.get(district.admin(), target)
                                                .get("version")
                                                .asLong() + "\""),
                List.of(),
                new Probe("/api/v1/plans/" + scene[0] + "/fund-annualities", List.of(), List.of(secret)));
    }

    /**
     * {plan, budget line, beneficiary, District, funding source, year} of the approved plan the
     * spending attempts share.
     */
    private long[] spendingPlan;

    private long[] spendingPlan() throws Exception {
        if (spendingPlan == null || spendingPlan[3] != district.id()) {
            long[] scene = planWithIntervention("Servizio");
            long source = api.get(district.admin(), path(district, "/funding-sources"))
                    .get(0)
                    .get("id")
                    .asLong();
            long line = api.createId(
                    district.admin(),
                    "/api/v1/plans/" + scene[0] + "/budget-lines",
                    fields("interventionId", scene[1], "year", scene[2], "fundingSourceId", source, "amount", 1000000));
            long organization =
                    api.createId(district.admin(), path(district, "/organizations"), Api.organization(secret()));
            fixtures.approve(district, scene[0]);
            spendingPlan = new long[] {scene[0], line, organization, district.id(), source, scene[2]};
        }
        return spendingPlan;
    }

    private Map<String, Object> commitmentBody(String secret) throws Exception {
        return fields(
                "actNumber",
                "Determina " + secret.substring(0, Math.min(secret.length(), 40)),
                "actDate",
                "2024-01-10",
                "amount",
                100,
                "organizationId",
                spendingPlan()[2],
                "description",
                "Impegno " + secret);
    }

    private long commitment(String secret) throws Exception {
        return api.createId(
                district.admin(), "/api/v1/budget-lines/" + spendingPlan()[1] + "/commitments", commitmentBody(secret));
    }

    private Attempt readPlanSpending() throws Exception {
        long[] scene = spendingPlan();
        return new Attempt(get("/api/v1/plans/" + scene[0] + "/spending"), List.of("\"committed\""), null);
    }

    private Attempt readCommitments() throws Exception {
        String secret = secret();
        commitment(secret);
        return new Attempt(
                get("/api/v1/budget-lines/" + spendingPlan()[1] + "/commitments?size=100"), List.of(secret), null);
    }

    private Attempt readCommitment() throws Exception {
        String secret = secret();
        return new Attempt(get("/api/v1/commitments/" + commitment(secret)), List.of(secret), null);
    }

    private Attempt commit() throws Exception {
        String secret = secret();
        String target = "/api/v1/budget-lines/" + spendingPlan()[1] + "/commitments";
        return new Attempt(
                api.json(HttpMethod.POST, target, commitmentBody(secret)),
                List.of(),
                new Probe(target + "?size=100", List.of(), List.of(secret)));
    }

    private Attempt pay() throws Exception {
        String secret = secret();
        String target = "/api/v1/commitments/" + commitment(secret()) + "/payments";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields("date", "2024-02-10", "amount", 10, "note", "Mandato " + secret)),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt correctPayment() throws Exception {
        String secret = secret();
        long payment = api.createId(
                district.admin(),
                "/api/v1/commitments/" + commitment(secret()) + "/payments",
                fields("date", "2024-02-10", "amount", 10));
        String target = "/api/v1/payments/" + payment;
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target + "/corrections",
                        fields("date", "2024-02-11", "amount", -1, "reason", "Rettifica " + secret)),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt vary() throws Exception {
        String secret = secret();
        String target = "/api/v1/budget-lines/" + spendingPlan()[1] + "/variations";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields(
                                "actNumber",
                                "Delibera",
                                "actDate",
                                "2024-01-05",
                                "amount",
                                5,
                                "reason",
                                "Motivo " + secret)),
                List.of(),
                new Probe(target + "?size=100", List.of(), List.of(secret)));
    }

    private Attempt setAccountingCode() throws Exception {
        String secret = secret();
        long[] scene = spendingPlan();
        String target = "/api/v1/budget-lines/" + scene[1] + "/accounting-code";
        return new Attempt(
                api.json(HttpMethod.PUT, target, fields("code", "CAP-" + secret))
                        .header(
                                HttpHeaders.IF_MATCH,
                                "\""
                                        + api.get(district.admin(), target)
                                                .get("version")
                                                .asLong() + "\""),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    /** {planId, objectiveId, districtId}: the one draft plan the District's indicator attempts share. */
    private long[] indicatorPlan;

    /** The indicators' endpoints, on a draft plan (so its editors write it and only its staff read it). */
    private List<Endpoint> indicatorEndpoints() {
        return List.of(
                new Endpoint("GET /api/v1/plans/{id}/indicators (draft)", Needs.VIEWER, 200, () -> {
                    String secret = secret();
                    long[] plan = indicatorPlan();
                    indicator(plan, secret);
                    return new Attempt(get("/api/v1/plans/" + plan[0] + "/indicators?size=100"), List.of(secret), null);
                }),
                new Endpoint("POST /api/v1/plans/{id}/indicators", Needs.EDITOR, 201, () -> {
                    String secret = secret();
                    long[] plan = indicatorPlan();
                    String target = "/api/v1/plans/" + plan[0] + "/indicators";
                    return new Attempt(
                            api.json(HttpMethod.POST, target, indicatorBody(plan, secret)),
                            List.of(),
                            new Probe(target + "?size=100", List.of(), List.of(secret)));
                }),
                new Endpoint("PUT /api/v1/indicators/{id} (draft)", Needs.EDITOR, 200, () -> {
                    String secret = secret();
                    String newSecret = secret();
                    long[] plan = indicatorPlan();
                    String target = "/api/v1/indicators/" + indicator(plan, secret);
                    return new Attempt(
                            api.json(HttpMethod.PUT, target, indicatorBody(plan, newSecret))
                                    .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                            List.of(secret, newSecret),
                            new Probe(target, List.of(secret), List.of(newSecret)));
                }),
                new Endpoint("DELETE /api/v1/indicators/{id}", Needs.EDITOR, 204, () -> {
                    String secret = secret();
                    String target = "/api/v1/indicators/" + indicator(indicatorPlan(), secret);
                    return new Attempt(
                            request(HttpMethod.DELETE, target),
                            List.of(secret),
                            new Probe(target, List.of(secret), List.of()));
                }),
                new Endpoint("GET /api/v1/indicators/{id}/measurements (draft)", Needs.VIEWER, 200, () -> {
                    String secret = secret();
                    long id = indicator(indicatorPlan(), secret());
                    String target = "/api/v1/indicators/" + id + "/measurements";
                    api.create(
                            district.editor(), target, fields("year", indicatorPlan()[3], "value", 1, "note", secret));
                    return new Attempt(get(target), List.of(secret), null);
                }),
                new Endpoint("POST /api/v1/indicators/{id}/measurements", Needs.EDITOR, 201, () -> {
                    String secret = secret();
                    long id = indicator(indicatorPlan(), secret());
                    String target = "/api/v1/indicators/" + id + "/measurements";
                    return new Attempt(
                            api.json(
                                    HttpMethod.POST,
                                    target,
                                    fields("year", indicatorPlan()[3], "value", 2, "note", secret)),
                            List.of(),
                            new Probe(target, List.of(), List.of(secret)));
                }));
    }

    /** The interventions' progress, on the indicators' draft plan: read by its staff, written by its editors. */
    private List<Endpoint> progressEndpoints() {
        return List.of(
                new Endpoint("GET /api/v1/interventions/{id}/progress (draft)", Needs.VIEWER, 200, () -> {
                    String secret = secret();
                    long intervention = progressIntervention();
                    String target = "/api/v1/interventions/" + intervention + "/progress";
                    api.create(district.editor(), target, fields("date", "2020-01-01", "text", "Voce " + secret));
                    return new Attempt(get(target), List.of(secret), null);
                }),
                new Endpoint("POST /api/v1/interventions/{id}/progress", Needs.EDITOR, 201, () -> {
                    String secret = secret();
                    String target = "/api/v1/interventions/" + progressIntervention() + "/progress";
                    return new Attempt(
                            api.json(HttpMethod.POST, target, fields("date", "2020-01-01", "text", "Voce " + secret)),
                            List.of(),
                            new Probe(target, List.of(), List.of(secret)));
                }),
                new Endpoint("DELETE /api/v1/interventions/{id}/progress/entries/{id}", Needs.EDITOR, 204, () -> {
                    String secret = secret();
                    String target = "/api/v1/interventions/" + progressIntervention() + "/progress";
                    long entry = api.create(
                                    district.editor(), target, fields("date", "2020-01-01", "text", "Voce " + secret))
                            .get("entryId")
                            .asLong();
                    return new Attempt(
                            request(HttpMethod.DELETE, target + "/entries/" + entry),
                            List.of(secret),
                            new Probe(target, List.of(secret), List.of()));
                }));
    }

    /** A new intervention of the indicators' draft plan, for the progress attempts. */
    private long progressIntervention() throws Exception {
        long[] plan = indicatorPlan();
        return planContent.intervention(
                district, plan[0], plan[1], "Intervento " + secret(), (int) plan[3], (int) plan[3]);
    }

    /** {planId, objectiveId, districtId, year}. */
    private long[] indicatorPlan() throws Exception {
        if (indicatorPlan == null || indicatorPlan[2] != district.id()) {
            long plan = newPlan(secret());
            int year = api.get(district.admin(), "/api/v1/plans/" + plan)
                    .get("firstYear")
                    .asInt();
            long objective = planContent.objective(district, plan, firstArea(plan), "Obiettivo " + secret());
            indicatorPlan = new long[] {plan, objective, district.id(), year};
        }
        return indicatorPlan;
    }

    private Map<String, Object> indicatorBody(long[] plan, String secret) {
        return fields(
                "objectiveId",
                plan[1],
                "name",
                "Indicatore " + secret,
                "kind",
                "OUTPUT",
                "unit",
                "utenti",
                "direction",
                "HIGHER_IS_BETTER",
                "targets",
                List.of(fields("year", plan[3], "value", 10)));
    }

    private long indicator(long[] plan, String secret) throws Exception {
        return api.createId(district.editor(), "/api/v1/plans/" + plan[0] + "/indicators", indicatorBody(plan, secret));
    }

    private long[] tablePlan;

    /**
     * A new table in the one plan the District's table attempts share ({planId, tableId, first
     * year}): a plan a year, and the matrix would run out of years.
     */
    private long[] planWithTable(String name) throws Exception {
        if (tablePlan == null || tablePlan[2] != district.id()) {
            long plan = newPlan(secret());
            int year = api.get(district.admin(), "/api/v1/plans/" + plan)
                    .get("firstYear")
                    .asInt();
            tablePlan = new long[] {plan, year, district.id()};
        }
        long table = api.createId(
                district.admin(),
                "/api/v1/plans/" + tablePlan[0] + "/tables",
                fields("name", name, "kind", "PERMANENT", "areaIds", List.of(firstArea(tablePlan[0]))));
        return new long[] {tablePlan[0], table, tablePlan[1]};
    }

    private Attempt createTable() throws Exception {
        String secret = secret();
        long plan = planWithTable("Tavolo " + secret())[0];
        String target = "/api/v1/plans/" + plan + "/tables";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields("name", "Tavolo " + secret, "kind", "PERMANENT", "areaIds", List.of(firstArea(plan)))),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt updateTable() throws Exception {
        String secret = secret();
        String newSecret = secret();
        long[] scene = planWithTable("Tavolo " + secret);
        String target = "/api/v1/tables/" + scene[1];
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields(
                                        "name",
                                        "Tavolo " + newSecret,
                                        "kind",
                                        "TEMPORARY",
                                        "areaIds",
                                        List.of(firstArea(scene[0]))))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt deleteTable() throws Exception {
        String secret = secret();
        long[] scene = planWithTable("Tavolo " + secret);
        return new Attempt(
                request(HttpMethod.DELETE, "/api/v1/tables/" + scene[1]),
                List.of(),
                new Probe("/api/v1/plans/" + scene[0] + "/tables", List.of(secret), List.of()));
    }

    private Attempt appointCoordinator() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        long person = api.createId(
                district.admin(),
                path(district, "/people"),
                fields("givenName", "Coordinatrice", "familyName", secret));
        String target = "/api/v1/plans/" + plan + "/tables/coordinator";
        return new Attempt(
                api.json(HttpMethod.PUT, target, fields("personId", person)), List.of(secret), Probe.absent(target));
    }

    private Attempt seatMember() throws Exception {
        String secret = secret();
        long[] scene = planWithTable("Tavolo " + secret());
        long organization =
                api.createId(district.admin(), path(district, "/organizations"), Api.organization(secret()));
        String target = "/api/v1/tables/" + scene[1] + "/members";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields("organizationId", organization, "representativeName", "Rappresentante " + secret)),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt withdrawMember() throws Exception {
        String secret = secret();
        long[] scene = planWithTable("Tavolo " + secret());
        long organization =
                api.createId(district.admin(), path(district, "/organizations"), Api.organization(secret()));
        String target = "/api/v1/tables/" + scene[1] + "/members";
        long member = api.createId(
                district.admin(),
                target,
                fields("organizationId", organization, "representativeName", "Rappresentante " + secret));
        return new Attempt(
                request(HttpMethod.DELETE, target + "/" + member),
                List.of(),
                new Probe(target, List.of(secret), List.of()));
    }

    private Attempt openRepresentativeAccount() throws Exception {
        String secret = secret();
        long[] scene = planWithTable("Tavolo " + secret());
        long organization =
                api.createId(district.admin(), path(district, "/organizations"), Api.organization(secret()));
        String target = "/api/v1/tables/" + scene[1] + "/members";
        String username = ("rep-" + secret()).toLowerCase(java.util.Locale.ROOT);
        long member = api.createId(
                district.admin(),
                target,
                fields(
                        "organizationId",
                        organization,
                        "representativeName",
                        "Rappresentante " + secret,
                        "representativeEmail",
                        username + "@example.org"));
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target + "/" + member + "/account",
                        fields("holder", "REPRESENTATIVE", "username", username)),
                List.of(),
                null);
    }

    @FunctionalInterface
    interface Body {
        Map<String, Object> of(String secret);
    }

    /**
     * The five endpoints of a District's entity: list and read (when {@code reads} is not null: the
     * public ones are not tried), create, update and delete, each on a target made for the attempt.
     */
    private List<Endpoint> entity(String collection, Needs reads, Body body, String nameField, String namePrefix) {
        String one = collection + "/{id}";
        // Organisations and people are paged: a search finds the one of the attempt wherever it is.
        Function<String, String> listShowing =
                secret -> path(district, reads == null ? collection : collection + "?q=" + secret);
        List<Endpoint> endpoints = new ArrayList<>();
        if (reads != null) {
            endpoints.add(new Endpoint("GET " + collection, reads, 200, () -> {
                String secret = secret();
                api.create(district.admin(), path(district, collection), body.of(secret));
                return new Attempt(get(listShowing.apply(secret)), List.of(secret), null);
            }));
            endpoints.add(new Endpoint("GET " + one, reads, 200, () -> {
                String secret = secret();
                long id = api.createId(district.admin(), path(district, collection), body.of(secret));
                return new Attempt(get(path(district, collection + "/" + id)), List.of(secret), null);
            }));
        }
        endpoints.add(new Endpoint("POST " + collection, Needs.EDITOR, 201, () -> {
            String secret = secret();
            return new Attempt(
                    api.json(HttpMethod.POST, path(district, collection), body.of(secret)),
                    List.of(secret),
                    new Probe(listShowing.apply(secret), List.of(), List.of(secret)));
        }));
        endpoints.add(new Endpoint("PUT " + one, Needs.EDITOR, 200, () -> {
            String secret = secret();
            String target = path(
                    district,
                    collection + "/" + api.createId(district.admin(), path(district, collection), body.of(secret)));
            String newSecret = secret();
            Map<String, Object> changed = Api.with(body.of(secret), nameField, namePrefix + newSecret);
            return new Attempt(
                    api.json(HttpMethod.PUT, target, changed).header(HttpHeaders.IF_MATCH, "\"0\""),
                    List.of(secret, newSecret),
                    new Probe(target, List.of(secret), List.of(newSecret)));
        }));
        endpoints.add(new Endpoint("DELETE " + one, Needs.EDITOR, 204, () -> {
            String secret = secret();
            String target = path(
                    district,
                    collection + "/" + api.createId(district.admin(), path(district, collection), body.of(secret)));
            return new Attempt(
                    request(HttpMethod.DELETE, target), List.of(secret), new Probe(target, List.of(secret), List.of()));
        }));
        return endpoints;
    }

    /** The catalogue: written under the District, each service then at its own address. */
    private List<Endpoint> serviceEndpoints() {
        return List.of(
                new Endpoint("POST /services", Needs.EDITOR, 201, () -> {
                    String secret = secret();
                    return new Attempt(
                            api.json(HttpMethod.POST, path(district, "/services"), Api.service(secret)),
                            List.of(secret),
                            new Probe(path(district, "/services?q=" + secret), List.of(), List.of(secret)));
                }),
                new Endpoint("PUT /api/v1/services/{id}", Needs.EDITOR, 200, () -> {
                    String secret = secret();
                    String target = "/api/v1/services/"
                            + api.createId(district.admin(), path(district, "/services"), Api.service(secret));
                    String newSecret = secret();
                    return new Attempt(
                            api.json(
                                            HttpMethod.PUT,
                                            target,
                                            Api.with(Api.service(secret), "title", "Servizio " + newSecret))
                                    .header(HttpHeaders.IF_MATCH, "\"0\""),
                            List.of(secret, newSecret),
                            new Probe(target, List.of(secret), List.of(newSecret)));
                }),
                new Endpoint("DELETE /api/v1/services/{id}", Needs.EDITOR, 204, () -> {
                    String secret = secret();
                    String target = "/api/v1/services/"
                            + api.createId(district.admin(), path(district, "/services"), Api.service(secret));
                    return new Attempt(
                            request(HttpMethod.DELETE, target),
                            List.of(secret),
                            new Probe(target, List.of(secret), List.of()));
                }));
    }

    /** A service's access criteria, with a note that a refusal must neither show nor save. */
    private Attempt replaceCriteria() throws Exception {
        String target = "/api/v1/services/"
                + api.createId(district.admin(), path(district, "/services"), Api.service(secret()))
                + "/criteria";
        String secret = secret();
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                "{\"criteria\": {\"kind\": \"assessment\", \"note\": \"Nota %s\"}}".formatted(secret))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(secret),
                new Probe(target, List.of("\"described\":false"), List.of(secret)));
    }

    private Attempt updatePlanningOffice() throws Exception {
        String target = path(district, "/planning-office");
        String secret = secret();
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields("name", "Ufficio di Piano " + secret, "email", secret + "@example.org"))
                        .header(HttpHeaders.IF_MATCH, api.etag(null, target)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt readOpenDataPublisher() throws Exception {
        String target = path(district, "/open-data/publisher");
        String secret = secret();
        api.perform(as(
                        district.admin(),
                        api.json(HttpMethod.PUT, target, fields("name", "Ente " + secret, "licence", "CC_BY_4_0"))
                                .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target))))
                .andExpect(status().isOk());
        return new Attempt(get(target), List.of(secret), null);
    }

    private Attempt updateOpenDataPublisher() throws Exception {
        String target = path(district, "/open-data/publisher");
        String secret = secret();
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields(
                                        "name",
                                        "Ente " + secret,
                                        "contactEmail",
                                        secret + "@example.org",
                                        "licence",
                                        "CC0_1_0"))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt updateDistrict() throws Exception {
        String target = path(district, "");
        String secret = secret();
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields(
                                        "name",
                                        "Ambito " + secret,
                                        "legalForm",
                                        "CONSORZIO",
                                        "email",
                                        secret + "@example.org"))
                        .header(HttpHeaders.IF_MATCH, api.etag(null, target)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt addMunicipality() {
        String code = fixtures.freeMunicipality();
        return new Attempt(
                request(HttpMethod.PUT, path(district, "/municipalities/" + code)),
                List.of(),
                new Probe(path(district, ""), List.of(), List.of(istatCode(code))));
    }

    private Attempt removeMunicipality() throws Exception {
        String code = fixtures.freeMunicipality();
        api.perform(as(district.admin(), request(HttpMethod.PUT, path(district, "/municipalities/" + code))))
                .andExpect(status().isOk());
        return new Attempt(
                request(HttpMethod.DELETE, path(district, "/municipalities/" + code)),
                List.of(),
                new Probe(path(district, ""), List.of(istatCode(code)), List.of()));
    }

    private static String istatCode(String code) {
        return "\"istatCode\":\"" + code + "\"";
    }

    /** Puts a viewer with a secret name and address on the staff (the platform's path); answers the username. */
    private String newStaffMember(String secret) {
        String username = "staff-" + Fixtures.unique();
        fixtures.asPlatformAdmin(() -> accounts.grant(
                district.id(),
                new AccountRegistry.NewAccount(username, "Persona " + secret, secret + "@example.org"),
                DistrictRole.VIEWER));
        return username;
    }

    private static Object staffRole(String secret) {
        return fields("role", "VIEWER", "displayName", "Persona " + secret, "email", secret + "@example.org");
    }

    private Attempt listStaff() throws Exception {
        String secret = secret();
        newStaffMember(secret);
        return new Attempt(get(path(district, "/staff")), List.of(secret), null);
    }

    private Attempt listInvitations() throws Exception {
        String secret = secret();
        api.perform(as(
                        district.admin(),
                        api.json(
                                HttpMethod.PUT,
                                path(district, "/staff/invited-" + Fixtures.unique()),
                                staffRole(secret))))
                .andExpect(status().isAccepted());
        return new Attempt(get(path(district, "/staff/invitations")), List.of(secret), null);
    }

    private Attempt grantRole() {
        String secret = secret();
        String username = "staff-" + Fixtures.unique();
        return new Attempt(
                api.json(HttpMethod.PUT, path(district, "/staff/" + username), staffRole(secret)),
                List.of(secret),
                new Probe(path(district, "/staff/invitations"), List.of(), List.of(username, secret)));
    }

    private Attempt revokeRole() throws Exception {
        String secret = secret();
        String username = newStaffMember(secret);
        return new Attempt(
                request(HttpMethod.DELETE, path(district, "/staff/" + username)),
                List.of(secret),
                new Probe(path(district, "/staff"), List.of(username), List.of()));
    }

    private Attempt readAudit() throws Exception {
        String secret = secret();
        api.create(district.admin(), path(district, "/organizations"), Api.organization(secret));
        return new Attempt(get(path(district, "/audit")), List.of(secret), null);
    }

    /** The whole log's chain spans every District: a refusal says nothing of it. */
    private Attempt verifyAudit() {
        return new Attempt(get("/api/v1/audit/verification"), List.of("intact", "lastHash"), null);
    }

    /** The District's outbox: the newest message, first on the page, has the secret in its subject. */
    private Attempt readOutbox() {
        String secret = secret();
        mailer.send(Mail.of(district.id(), secret + "@example.org", "Convocazione " + secret, "Riservata."));
        return new Attempt(get("/api/v1/outbox"), List.of(secret), null);
    }

    /** A one-year plan whose title holds the secret, in a year of its own: periods may not overlap. */
    private Map<String, Object> plan(String secret) {
        int year = planYears.getAndIncrement();
        return fields("title", "Piano " + secret, "firstYear", year, "lastYear", year);
    }

    private long newPlan(String secret) throws Exception {
        return api.createId(district.editor(), path(district, "/plans"), plan(secret));
    }

    /** An approved plan of a past year with a line nothing was paid on: an alert naming its intervention. */
    private Attempt readAlerts() {
        String secret = secret();
        int year = planYears.getAndIncrement();
        long plan = fixtures.plan(district, year, year);
        long area = planContent.area(district, plan, "Anziani").id();
        long objective = planContent.objective(district, plan, area, "Obiettivo " + secret);
        long intervention = planContent.intervention(district, plan, objective, "Intervento " + secret, year, year);
        SpendingScene scene = new SpendingScene(application);
        long line = scene.line(district, plan, intervention, year, scene.source(district, "FNPS"), "1000.00");
        fixtures.approve(district, plan);
        long organization = scene.organization(district, "Cooperativa " + secret, null);
        fixtures.as(
                district.editor().username(),
                () -> application
                        .getBean(SpendingLedger.class)
                        .commit(
                                line,
                                new CommitmentForm(
                                        "Determina " + secret,
                                        LocalDate.of(year, 3, 1),
                                        new BigDecimal("1000.00"),
                                        organization,
                                        null,
                                        null,
                                        null)));
        return new Attempt(get(path(district, "/alerts")), List.of("Intervento " + secret), null);
    }

    private Attempt readDraftPlan() throws Exception {
        String secret = secret();
        return new Attempt(get("/api/v1/plans/" + newPlan(secret)), List.of(secret), null);
    }

    private Attempt createPlan() {
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.POST, path(district, "/plans"), plan(secret)),
                List.of(secret),
                new Probe(path(district, "/plans"), List.of(), List.of(secret)));
    }

    private Attempt updatePlan(boolean approved) throws Exception {
        String secret = secret();
        long id = newPlan(secret);
        if (approved) {
            fixtures.approve(district, id);
        }
        String target = "/api/v1/plans/" + id;
        String newSecret = secret();
        int year = api.get(district.admin(), target).get("firstYear").asInt();
        Object changed = fields("title", "Piano " + newSecret, "firstYear", year, "lastYear", year);
        return new Attempt(
                api.json(HttpMethod.PUT, target, changed)
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target))
                        .header("Zona-Change-Reason", "Correzione del titolo"),
                List.of(secret, newSecret),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt movePlan() throws Exception {
        String secret = secret();
        String target = "/api/v1/plans/" + newPlan(secret);
        return new Attempt(
                api.json(HttpMethod.POST, target + "/transitions", fields("to", "TABLES", "decidedOn", "2026-01-15"))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target, List.of("\"stage\":\"LAUNCH\""), List.of("\"stage\":\"TABLES\"")));
    }

    private long firstArea(long planId) throws Exception {
        return api.get(district.admin(), "/api/v1/plans/" + planId + "/areas")
                .get(0)
                .get("area")
                .get("id")
                .asLong();
    }

    private Attempt readNeeds() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        planContent.need(district, plan, firstArea(plan), "Bisogno " + secret);
        return new Attempt(get("/api/v1/plans/" + plan + "/needs"), List.of(secret), null);
    }

    private Attempt createNeed() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        String target = "/api/v1/plans/" + plan + "/needs";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields(
                                "areaId",
                                firstArea(plan),
                                "title",
                                "Bisogno " + secret,
                                "heardAt",
                                "DATA",
                                "priority",
                                "HIGH")),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt createSection() throws Exception {
        String secret = secret();
        String target = "/api/v1/plans/" + newPlan(secret()) + "/sections";
        return new Attempt(
                api.json(HttpMethod.POST, target, fields("title", "Capitolo " + secret, "text", "Testo")),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt createArea() throws Exception {
        String secret = secret();
        String target = "/api/v1/plans/" + newPlan(secret()) + "/areas";
        return new Attempt(
                api.json(HttpMethod.POST, target, fields("name", "Area " + secret)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt deleteObjective() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        long objective = planContent.objective(district, plan, firstArea(plan), "Obiettivo " + secret);
        return new Attempt(
                request(HttpMethod.DELETE, "/api/v1/plans/" + plan + "/objectives/" + objective),
                List.of(secret),
                new Probe("/api/v1/plans/" + plan + "/objectives", List.of(secret), List.of()));
    }

    private Attempt updateIntervention() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        int year = api.get(district.admin(), "/api/v1/plans/" + plan)
                .get("firstYear")
                .asInt();
        long objective = planContent.objective(district, plan, firstArea(plan), "Obiettivo");
        long intervention = planContent.intervention(district, plan, objective, "Servizio " + secret, year, year);
        String target = "/api/v1/plans/" + plan + "/interventions/" + intervention;
        String newSecret = secret();
        Object changed = fields(
                "objectiveId",
                objective,
                "title",
                "Servizio " + newSecret,
                "type",
                "PROJECT",
                "firstYear",
                year,
                "lastYear",
                year,
                "allMunicipalities",
                true);
        return new Attempt(
                api.json(HttpMethod.PUT, target, changed).header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(secret, newSecret),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    /** A plan of its own with one intervention in its first year, and its id. */
    private long[] planWithIntervention(String title) throws Exception {
        long plan = newPlan(secret());
        int year = api.get(district.admin(), "/api/v1/plans/" + plan)
                .get("firstYear")
                .asInt();
        long objective = planContent.objective(district, plan, firstArea(plan), "Obiettivo");
        return new long[] {plan, planContent.intervention(district, plan, objective, title, year, year), year};
    }

    private Attempt readBudget() throws Exception {
        String secret = secret();
        long[] scene = planWithIntervention("Servizio");
        String target = "/api/v1/plans/" + scene[0];
        api.create(
                district.admin(),
                target + "/staffing",
                fields("year", scene[2], "role", "OTHER", "description", "Figura " + secret, "fte", 1));
        return new Attempt(get(target + "/staffing"), List.of(secret), null);
    }

    private Attempt createBudgetLine() throws Exception {
        String secret = secret();
        long[] scene = planWithIntervention("Servizio " + secret);
        long source = api.get(district.admin(), path(district, "/funding-sources"))
                .get(0)
                .get("id")
                .asLong();
        String target = "/api/v1/plans/" + scene[0] + "/budget-lines";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields(
                                "interventionId",
                                scene[1],
                                "year",
                                scene[2],
                                "fundingSourceId",
                                source,
                                "amount",
                                1234.5)),
                List.of(),
                new Probe(target, List.of(), List.of("1234.5")));
    }

    private Attempt createStaffing() throws Exception {
        String secret = secret();
        long[] scene = planWithIntervention("Servizio");
        String target = "/api/v1/plans/" + scene[0] + "/staffing";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields("year", scene[2], "role", "EDUCATOR", "description", "Figura " + secret, "fte", 2)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt createFundingSource() throws Exception {
        String secret = secret();
        newPlan(secret());
        return new Attempt(
                api.json(HttpMethod.POST, path(district, "/funding-sources"), fields("name", "Fondo " + secret)),
                List.of(secret),
                new Probe(path(district, "/funding-sources"), List.of(), List.of(secret)));
    }

    private Attempt createDistrict() {
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.POST, Api.DISTRICTS, newDistrict(secret)),
                List.of(),
                new Probe(Api.DISTRICTS + "?q=" + secret, List.of(), List.of(secret)));
    }

    private Object newDistrict(String secret) {
        return fields(
                "slug",
                "matrix-" + Fixtures.unique(),
                "name",
                "Ambito " + secret,
                "legalForm",
                "CONVENZIONE",
                "leadMunicipality",
                fixtures.freeMunicipality());
    }

    /**
     * A well-formed list with one made-up municipality: if a refused import went through, the
     * municipality would be found, and every other one would be marked as ceased.
     */
    private Attempt importMunicipalities(boolean multipart) {
        String secret = secret();
        String csv = "codice_istat,denominazione,sigla_provincia,codice_uts,denominazione_uts,codice_regione,"
                + "denominazione_regione\n"
                + "999001,Comune " + secret + ",TO,201,Torino,01,Piemonte\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        AbstractMockHttpServletRequestBuilder<?> request = multipart
                ? multipart("/api/v1/municipalities/import")
                        .file(new MockMultipartFile("file", "comuni.csv", "text/csv", bytes))
                : post("/api/v1/municipalities/import").contentType("text/csv").content(bytes);
        return new Attempt(
                request,
                List.of(),
                new Probe("/api/v1/municipalities?q=" + secret, List.of("\"totalItems\":0"), List.of()));
    }

    private static String secret() {
        return Api.secret();
    }

    /** A draft plan with a frozen Sintesi whose act holds the secret. */
    private long frozenDocument(long plan, String secret) throws Exception {
        return api.createId(
                district.editor(),
                "/api/v1/plans/" + plan + "/documents",
                fields("kind", "SUMMARY", "act", "Verbale " + secret));
    }

    private Attempt listDocuments() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        frozenDocument(plan, secret);
        return new Attempt(get("/api/v1/plans/" + plan + "/documents"), List.of(secret), null);
    }

    private Attempt readDocument() throws Exception {
        String secret = secret();
        long id = frozenDocument(newPlan(secret()), secret);
        return new Attempt(get("/api/v1/documents/" + id), List.of(secret), null);
    }

    private Attempt freezeDocument() throws Exception {
        String secret = secret();
        String target = "/api/v1/plans/" + newPlan(secret()) + "/documents";
        return new Attempt(
                api.json(HttpMethod.POST, target, fields("kind", "FULL", "act", "Delibera " + secret)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt approveProgramme() throws Exception {
        String secret = secret();
        long plan = newPlan(secret());
        fixtures.approve(district, plan);
        int year = api.get(district.admin(), "/api/v1/plans/" + plan)
                .get("firstYear")
                .asInt();
        String target = "/api/v1/plans/" + plan + "/years/" + year + "/approvals";
        return new Attempt(
                api.json(HttpMethod.POST, target, fields("approvedOn", "2026-02-01", "act", "Decreto " + secret)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    // ---- calls for nominations ----

    private List<Endpoint> callEndpoints() {
        return List.of(
                new Endpoint("POST /api/v1/plans/{id}/calls", Needs.EDITOR, 201, this::createCall),
                new Endpoint("PUT /api/v1/calls/{id}", Needs.EDITOR, 200, this::updateCall),
                new Endpoint("POST /api/v1/calls/{id}/open", Needs.EDITOR, 200, () -> callAction("open", false)),
                new Endpoint("POST /api/v1/calls/{id}/close", Needs.EDITOR, 200, () -> callAction("close", true)),
                new Endpoint("POST /api/v1/calls/{id}/reopen", Needs.EDITOR, 200, this::reopenCall),
                new Endpoint("GET /api/v1/calls/{id}/invitations", Needs.VIEWER, 200, this::readInvitations),
                new Endpoint("POST /api/v1/calls/{id}/invitations", Needs.EDITOR, 201, this::inviteToCall),
                new Endpoint(
                        "POST /api/v1/calls/{id}/invitations/{id}/reminder", Needs.EDITOR, 200, this::remindInvited),
                new Endpoint("GET /api/v1/calls/{id}/nominations", Needs.VIEWER, 200, this::readNominations),
                new Endpoint("POST /api/v1/calls/{id}/nominations", Needs.EDITOR, 201, this::recordNomination),
                new Endpoint(
                        "POST /api/v1/calls/{id}/nominations/{id}/accept",
                        Needs.EDITOR,
                        200,
                        () -> decideNomination("accept", "{}")),
                new Endpoint(
                        "POST /api/v1/calls/{id}/nominations/{id}/reject",
                        Needs.EDITOR,
                        200,
                        () -> decideNomination("reject", "{\"reason\":\"Fuori area\"}")));
    }

    private long[] callPlan;

    /** A plan of the District with one thematic table, shared by the calls' attempts (plan years run out). */
    private long[] callPlan() throws Exception {
        if (callPlan == null) {
            callPlan = planWithTable("Tavolo " + secret());
        }
        return callPlan;
    }

    private static Map<String, Object> call(String title, long table) {
        return fields(
                "title",
                title,
                "text",
                "Designate i vostri rappresentanti.",
                "deadline",
                TestCalendar.today().plusDays(30).atTime(12, 0).toString(),
                "tableIds",
                List.of(table));
    }

    /** A call of a new plan, opened when {@code open}; answers its id and its table's. */
    private long[] newCall(String secret, boolean open) throws Exception {
        long[] planTable = callPlan();
        long call = api.createId(
                district.admin(), "/api/v1/plans/" + planTable[0] + "/calls", call("Invito " + secret, planTable[1]));
        if (open) {
            api.perform(as(district.admin(), post("/api/v1/calls/" + call + "/open")))
                    .andExpect(status().isOk());
        }
        return new long[] {call, planTable[1]};
    }

    /** An open call with one organisation (with the secret in its name) invited; answers call, table, organisation. */
    private long[] callWithInvitation(String secret) throws Exception {
        long[] call = newCall(secret(), true);
        long organization = api.createId(
                district.admin(),
                path(district, "/organizations"),
                Api.with(Api.organization(secret), "email", "ente-" + secret.toLowerCase() + "@example.org"));
        api.perform(as(
                        district.admin(),
                        api.json(
                                HttpMethod.POST,
                                "/api/v1/calls/" + call[0] + "/invitations",
                                fields("organizationIds", List.of(organization)))))
                .andExpect(status().isCreated());
        return new long[] {call[0], call[1], organization};
    }

    private Attempt createCall() throws Exception {
        String secret = secret();
        long[] planTable = callPlan();
        String target = "/api/v1/plans/" + planTable[0] + "/calls";
        return new Attempt(
                api.json(HttpMethod.POST, target, call("Invito " + secret, planTable[1])),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt updateCall() throws Exception {
        String secret = secret();
        long[] call = newCall(secret, false);
        String target = "/api/v1/calls/" + call[0];
        String newSecret = secret();
        return new Attempt(
                api.json(HttpMethod.PUT, target, call("Invito " + newSecret, call[1]))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(newSecret),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt callAction(String action, boolean open) throws Exception {
        long[] call = newCall(secret(), open);
        String target = "/api/v1/calls/" + call[0];
        String before = open ? "\"status\":\"OPEN\"" : "\"status\":\"DRAFT\"";
        return new Attempt(post(target + "/" + action), List.of(), new Probe(target, List.of(before), List.of()));
    }

    private Attempt reopenCall() throws Exception {
        long[] call = newCall(secret(), true);
        String target = "/api/v1/calls/" + call[0];
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target + "/reopen",
                        fields(
                                "deadline",
                                TestCalendar.today().plusDays(60).atTime(12, 0).toString())),
                List.of(),
                new Probe(target, List.of("\"reopenings\":[]"), List.of()));
    }

    private Attempt readInvitations() throws Exception {
        String secret = secret();
        long[] call = callWithInvitation(secret);
        return new Attempt(get("/api/v1/calls/" + call[0] + "/invitations"), List.of(secret), null);
    }

    private Attempt inviteToCall() throws Exception {
        String secret = secret();
        long[] call = newCall(secret(), true);
        long organization = api.createId(
                district.admin(),
                path(district, "/organizations"),
                Api.with(Api.organization(secret), "email", "invitato-" + secret.toLowerCase() + "@example.org"));
        String target = "/api/v1/calls/" + call[0] + "/invitations";
        return new Attempt(
                api.json(HttpMethod.POST, target, fields("organizationIds", List.of(organization))),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt remindInvited() throws Exception {
        long[] call = callWithInvitation(secret());
        String target = "/api/v1/calls/" + call[0] + "/invitations";
        long invitation = api.get(district.admin(), target).get(0).get("id").asLong();
        return new Attempt(
                post(target + "/" + invitation + "/reminder"),
                List.of(),
                new Probe(target, List.of("\"reminders\":0"), List.of()));
    }

    /** An open call with one nomination waiting, whose representative's e-mail is the secret. */
    private long[] callWithNomination(String secret) throws Exception {
        long[] call = callWithInvitation(secret());
        long nomination = api.createId(
                district.admin(),
                "/api/v1/calls/" + call[0] + "/nominations",
                fields(
                        "organizationId",
                        call[2],
                        "nomination",
                        fields(
                                "tableId",
                                call[1],
                                "chosen",
                                true,
                                "representativeName",
                                "Rappresentante",
                                "representativeEmail",
                                secret.toLowerCase() + "@example.org")));
        return new long[] {call[0], nomination};
    }

    private Attempt readNominations() throws Exception {
        String secret = secret();
        long[] call = callWithNomination(secret);
        return new Attempt(
                get("/api/v1/calls/" + call[0] + "/nominations"), List.of(secret.toLowerCase() + "@example.org"), null);
    }

    private Attempt recordNomination() throws Exception {
        String secret = secret();
        long[] call = callWithInvitation(secret());
        String target = "/api/v1/calls/" + call[0] + "/nominations";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields(
                                "organizationId",
                                call[2],
                                "nomination",
                                fields("tableId", call[1], "chosen", true, "representativeName", "Persona " + secret))),
                List.of(),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt decideNomination(String decision, String body) throws Exception {
        String secret = secret();
        long[] call = callWithNomination(secret);
        String target = "/api/v1/calls/" + call[0] + "/nominations";
        return new Attempt(
                post(target + "/" + call[1] + "/" + decision)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body),
                List.of(),
                new Probe(target, List.of("\"status\":\"SUBMITTED\""), List.of()));
    }

    @Test
    void aPlatformAdminCreatesADistrictWithItsFirstAdminButADistrictAdminCannot() throws Exception {
        TestDistrict existing = fixtures.district();
        String slug = "created-" + Fixtures.unique();
        String firstAdmin = "first-admin-" + Fixtures.unique();
        Object body = fields(
                "slug",
                slug,
                "name",
                "Ambito creato",
                "legalForm",
                "UNIONE_DI_COMUNI",
                "leadMunicipality",
                fixtures.freeMunicipality(),
                "admin",
                fields("username", firstAdmin, "displayName", "Prima amministratrice"));

        api.perform(as(existing.admin(), api.json(HttpMethod.POST, Api.DISTRICTS, body)))
                .andExpect(problem(403, "forbidden"));
        api.perform(get(Api.DISTRICTS + "/" + slug)).andExpect(problem(404, "not-found"));

        api.perform(as(fixtures.platformAdmin(), api.json(HttpMethod.POST, Api.DISTRICTS, body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.district.slug").value(slug))
                .andExpect(jsonPath("$.admin.username").value(firstAdmin))
                .andExpect(jsonPath("$.admin.temporaryPassword").isNotEmpty());
        api.perform(get(Api.DISTRICTS + "/" + slug)).andExpect(status().isOk());
    }

    @Test
    void aPlatformAdminHoldsEveryRightInEveryDistrict() throws Exception {
        TestDistrict fresh = fixtures.district();
        Staff platformAdmin = fixtures.platformAdmin();

        long id = api.createId(platformAdmin, path(fresh, "/organizations"), Api.organization(secret()));
        api.update(platformAdmin, path(fresh, "/organizations/" + id), Api.organization(secret()));
        api.get(platformAdmin, path(fresh, "/staff"));
        api.get(platformAdmin, path(fresh, "/audit"));
        api.perform(as(platformAdmin, request(HttpMethod.DELETE, path(fresh, "/organizations/" + id))))
                .andExpect(status().isNoContent());
    }

    @Test
    void aPlatformAdminsImportGetsPastTheAccessCheckAndABadFileChangesNothing() throws Exception {
        api.perform(as(
                        fixtures.platformAdmin(),
                        post("/api/v1/municipalities/import")
                                .contentType("text/csv")
                                .content("not,a\nlist,at all\n")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.errors").isNotEmpty());
        api.perform(get("/api/v1/municipalities/075061"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ceased").value(false));
    }

    @Test
    void givingARoleToAnExistingAccountOfAnotherDistrictOnlyInvitesIt() throws Exception {
        TestDistrict fresh = fixtures.district();
        TestDistrict another = fixtures.district();
        api.perform(as(
                        fresh.admin(),
                        api.json(
                                HttpMethod.PUT,
                                path(fresh, "/staff/" + another.viewer().username()),
                                fields("role", "EDITOR", "displayName", "Chiunque", "email", "chiunque@example.org"))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist())
                .andExpect(jsonPath("$.email").value("chiunque@example.org"));
        assertThat(api.text(fresh.admin(), path(fresh, "/staff")))
                .doesNotContain(another.viewer().username());
    }

    @Test
    void anInvitationIsAnsweredOnlyByTheAccountItIsFor() throws Exception {
        TestDistrict fresh = fixtures.district();
        TestDistrict another = fixtures.district();
        String body = api.perform(as(
                        fresh.admin(),
                        api.json(
                                HttpMethod.PUT,
                                path(fresh, "/staff/" + another.viewer().username()),
                                fields("role", "EDITOR", "displayName", "Chiunque", "email", "chiunque@example.org"))))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(body).get("id").asLong();
        api.perform(post("/api/v1/me/invitations/" + id + "/accept")).andExpect(problem(401));
        for (Staff intruder : List.of(fresh.admin(), another.admin(), fixtures.platformAdmin())) {
            api.perform(as(intruder, post("/api/v1/me/invitations/" + id + "/accept")))
                    .andExpect(problem(404));
            api.perform(as(intruder, post("/api/v1/me/invitations/" + id + "/decline")))
                    .andExpect(problem(404));
            assertThat(api.text(intruder, "/api/v1/me/invitations")).doesNotContain("\"id\":" + id + ",");
        }
        api.perform(as(another.viewer(), post("/api/v1/me/invitations/" + id + "/accept")))
                .andExpect(status().isOk());
    }

    // ---- Meetings: each attempt on a plan and table of its own ----

    private static Map<String, Object> meeting(String secret, int year) {
        return fields(
                "title",
                "Riunione " + secret,
                "date",
                year + "-03-10",
                "startTime",
                "17:00",
                "endTime",
                "19:00",
                "place",
                "Sala " + secret,
                "agenda",
                List.of("Apertura"));
    }

    private long newMeeting(long[] target) throws Exception {
        return api.createId(
                district.editor(), "/api/v1/tables/" + target[1] + "/meetings", meeting(secret(), (int) target[2]));
    }

    private Attempt scheduleMeeting() throws Exception {
        long[] target = planWithTable("Tavolo " + secret());
        String secret = secret();
        return new Attempt(
                api.json(
                        HttpMethod.POST, "/api/v1/tables/" + target[1] + "/meetings", meeting(secret, (int) target[2])),
                List.of(secret),
                new Probe("/api/v1/tables/" + target[1] + "/meetings", List.of(), List.of(secret)));
    }

    private Attempt schedulePlenary() throws Exception {
        long[] target = planWithTable("Tavolo " + secret());
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.POST, "/api/v1/plans/" + target[0] + "/meetings", meeting(secret, (int) target[2])),
                List.of(secret),
                new Probe("/api/v1/plans/" + target[0] + "/meetings", List.of(), List.of(secret)));
    }

    private Attempt updateMeeting() throws Exception {
        long[] target = planWithTable("Tavolo " + secret());
        String path = "/api/v1/meetings/" + newMeeting(target);
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.PUT, path, meeting(secret, (int) target[2]))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), path)),
                List.of(secret),
                new Probe(path, List.of(), List.of(secret)));
    }

    private Attempt moveMeeting() throws Exception {
        long[] target = planWithTable("Tavolo " + secret());
        String path = "/api/v1/meetings/" + newMeeting(target);
        return new Attempt(
                api.json(
                                HttpMethod.POST,
                                path + "/move",
                                fields("date", target[2] + "-04-14", "startTime", "10:00", "endTime", "12:00"))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), path)),
                List.of(),
                new Probe(path, List.of("SCHEDULED"), List.of("POSTPONED")));
    }

    private Attempt cancelMeeting() throws Exception {
        long[] target = planWithTable("Tavolo " + secret());
        String path = "/api/v1/meetings/" + newMeeting(target);
        return new Attempt(
                api.json(HttpMethod.POST, path + "/cancel", fields()),
                List.of(),
                new Probe(path, List.of("SCHEDULED"), List.of("CANCELLED")));
    }

    private long[] pastTable;

    /** One plan of {@link #PAST_YEAR} with a table, for the District of this run. */
    private long[] pastPlanWithTable() throws Exception {
        if (pastTable == null || pastTable[3] != district.id()) {
            long plan = api.createId(
                    district.editor(),
                    path(district, "/plans"),
                    fields("title", "Piano " + secret(), "firstYear", PAST_YEAR, "lastYear", PAST_YEAR));
            long area = api.get(district.admin(), "/api/v1/plans/" + plan + "/areas")
                    .get(0)
                    .get("area")
                    .get("id")
                    .asLong();
            long table = api.createId(
                    district.editor(),
                    "/api/v1/plans/" + plan + "/tables",
                    fields("name", "Tavolo " + secret(), "kind", "PERMANENT", "areaIds", List.of(area)));
            pastTable = new long[] {plan, table, PAST_YEAR, district.id()};
        }
        return pastTable;
    }

    private Attempt recordAttendance() throws Exception {
        long[] target = pastPlanWithTable();
        String path = "/api/v1/meetings/" + newMeeting(target);
        String secret = secret();
        return new Attempt(
                api.json(
                        HttpMethod.PUT,
                        path + "/attendance",
                        fields("lines", List.of(), "guests", List.of(fields("name", "Ospite " + secret)))),
                List.of(secret),
                new Probe(path + "/attendance", List.of(), List.of(secret)));
    }

    /** A recorded sheet whose guest must still be there after a refused clearing. */
    private Attempt clearAttendance() throws Exception {
        long[] target = pastPlanWithTable();
        String path = "/api/v1/meetings/" + newMeeting(target);
        String guest = "Ospite " + secret();
        api.perform(Api.as(
                        district.editor(),
                        api.json(
                                HttpMethod.PUT,
                                path + "/attendance",
                                fields("lines", List.of(), "guests", List.of(fields("name", guest))))))
                .andExpect(status().isOk());
        return new Attempt(
                api.json(HttpMethod.DELETE, path + "/attendance", fields()),
                List.of(),
                new Probe(path + "/attendance", List.of(guest), List.of()));
    }

    private List<Endpoint> minutesEndpoints() {
        return List.of(
                new Endpoint("POST /api/v1/meetings/{id}/minutes", Needs.EDITOR, 201, this::draftMinutes),
                new Endpoint("PUT /api/v1/minutes/{id}", Needs.EDITOR, 200, this::amendMinutes),
                new Endpoint("POST /api/v1/minutes/{id}/circulate", Needs.EDITOR, 200, this::circulateMinutes),
                new Endpoint("POST /api/v1/minutes/{id}/approve", Needs.EDITOR, 200, this::approveMinutes),
                new Endpoint("POST /api/v1/minutes/{id}/corrections", Needs.EDITOR, 201, this::correctMinutes),
                new Endpoint("POST /api/v1/minutes/{id}/remarks (office)", Needs.EDITOR, 201, this::recordRemark));
    }

    /** A meeting of the past plan's table on {@code day} (MM-dd), recorded as held. */
    private long heldMeeting(String day) throws Exception {
        long[] target = pastPlanWithTable();
        long meeting = api.createId(
                district.editor(),
                "/api/v1/tables/" + target[1] + "/meetings",
                fields(
                        "title",
                        "Riunione " + secret(),
                        "date",
                        target[2] + "-" + day,
                        "startTime",
                        "17:00",
                        "endTime",
                        "19:00",
                        "place",
                        "Sala",
                        "agenda",
                        List.of()));
        api.perform(Api.as(
                        district.editor(),
                        api.json(HttpMethod.POST, "/api/v1/meetings/" + meeting + "/held", fields())))
                .andExpect(status().isOk());
        return meeting;
    }

    private long draftOf(long meeting, String secret) throws Exception {
        return api.createId(
                district.editor(),
                "/api/v1/meetings/" + meeting + "/minutes",
                fields("body", "Verbale " + secret, "decisions", List.of("Decisione " + secret)));
    }

    private long circulatedOf(long meeting) throws Exception {
        long minutes = draftOf(meeting, secret());
        api.perform(Api.as(
                        district.editor(),
                        api.json(
                                HttpMethod.POST,
                                "/api/v1/minutes/" + minutes + "/circulate",
                                fields(
                                        "remarksUntil",
                                        TestCalendar.today().plusDays(10).toString()))))
                .andExpect(status().isOk());
        return minutes;
    }

    private Attempt draftMinutes() throws Exception {
        long meeting = heldMeeting("03-10");
        String secret = secret();
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        "/api/v1/meetings/" + meeting + "/minutes",
                        fields("body", "Verbale " + secret, "decisions", List.of())),
                List.of(secret),
                new Probe("/api/v1/meetings/" + meeting + "/minutes", List.of(), List.of(secret)));
    }

    private Attempt amendMinutes() throws Exception {
        String path = "/api/v1/minutes/" + draftOf(heldMeeting("03-10"), secret());
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.PUT, path, fields("body", "Rivisto " + secret, "decisions", List.of()))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), path)),
                List.of(secret),
                new Probe(path, List.of(), List.of(secret)));
    }

    private Attempt circulateMinutes() throws Exception {
        String path = "/api/v1/minutes/" + draftOf(heldMeeting("03-10"), secret());
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        path + "/circulate",
                        fields("remarksUntil", TestCalendar.today().plusDays(10).toString())),
                List.of(),
                new Probe(path, List.of("DRAFT"), List.of("CIRCULATED")));
    }

    private Attempt approveMinutes() throws Exception {
        long minuted = heldMeeting("03-10");
        long later = heldMeeting("05-10");
        String path = "/api/v1/minutes/" + circulatedOf(minuted);
        return new Attempt(
                api.json(HttpMethod.POST, path + "/approve", fields("meetingId", later)),
                List.of(),
                new Probe(path, List.of("CIRCULATED"), List.of("APPROVED")));
    }

    private Attempt correctMinutes() throws Exception {
        long minuted = heldMeeting("03-10");
        long later = heldMeeting("05-10");
        long minutes = circulatedOf(minuted);
        api.perform(Api.as(
                        district.editor(),
                        api.json(
                                HttpMethod.POST,
                                "/api/v1/minutes/" + minutes + "/approve",
                                fields("meetingId", later))))
                .andExpect(status().isOk());
        return new Attempt(
                api.json(HttpMethod.POST, "/api/v1/minutes/" + minutes + "/corrections", fields()),
                List.of(),
                new Probe("/api/v1/meetings/" + minuted + "/minutes", List.of(), List.of("DRAFT")));
    }

    private Attempt recordRemark() throws Exception {
        long[] target = pastPlanWithTable();
        long organization =
                api.createId(district.admin(), path(district, "/organizations"), Api.organization(secret()));
        api.createId(
                district.admin(),
                "/api/v1/tables/" + target[1] + "/members",
                fields("organizationId", organization, "representativeName", "Rappresentante " + secret()));
        String path = "/api/v1/minutes/" + circulatedOf(heldMeeting("03-10"));
        String secret = secret();
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        path + "/remarks",
                        fields("text", "Osservazione " + secret, "organizationId", organization)),
                List.of(secret),
                new Probe(path + "/remarks", List.of(), List.of(secret)));
    }

    // ---- Needs heard, proposals and progress notes: on a held plenary meeting of the past plan ----

    private List<Endpoint> proposalEndpoints() {
        return List.of(
                new Endpoint("POST /api/v1/meetings/{id}/needs", Needs.EDITOR, 201, this::recordHeardNeed),
                new Endpoint("DELETE /api/v1/meetings/{id}/needs/{id}", Needs.EDITOR, 204, this::deleteHeardNeed),
                new Endpoint("POST /api/v1/meetings/{id}/needs/{id}/plan", Needs.EDITOR, 200, this::takeNeedIntoPlan),
                new Endpoint("POST /api/v1/meetings/{id}/proposals", Needs.EDITOR, 201, this::recordProposal),
                new Endpoint("PUT /api/v1/proposals/{id}", Needs.EDITOR, 200, this::updateProposal),
                new Endpoint("DELETE /api/v1/proposals/{id}", Needs.EDITOR, 204, this::deleteProposal),
                new Endpoint("POST /api/v1/proposals/{id}/outcome", Needs.EDITOR, 200, this::answerProposal),
                new Endpoint("POST /api/v1/proposals/{id}/reopen", Needs.EDITOR, 200, this::reopenProposal),
                new Endpoint("POST /api/v1/proposals/{id}/objective", Needs.EDITOR, 200, this::adoptAsObjective),
                new Endpoint("POST /api/v1/proposals/{id}/intervention", Needs.EDITOR, 200, this::adoptAsIntervention),
                new Endpoint("POST /api/v1/meetings/{id}/progress", Needs.EDITOR, 201, this::recordProgress),
                new Endpoint("PUT /api/v1/meetings/{id}/progress/{id}", Needs.EDITOR, 200, this::updateProgress));
    }

    private long[] plenary;

    /** {planId, held plenary meeting, area, organisation, objective, District} of the past plan. */
    private long[] heldPlenary() throws Exception {
        if (plenary == null || plenary[5] != district.id()) {
            long plan = pastPlanWithTable()[0];
            long meeting = api.createId(
                    district.editor(), "/api/v1/plans/" + plan + "/meetings", meeting(secret(), PAST_YEAR));
            api.perform(as(
                            district.editor(),
                            api.json(HttpMethod.POST, "/api/v1/meetings/" + meeting + "/held", fields())))
                    .andExpect(status().isOk());
            long area = firstArea(plan);
            long organization =
                    api.createId(district.editor(), path(district, "/organizations"), Api.organization(secret()));
            long objective = planContent.objective(district, plan, area, "Obiettivo " + secret());
            plenary = new long[] {plan, meeting, area, organization, objective, district.id()};
        }
        return plenary;
    }

    private Map<String, Object> heardNeed(String secret) throws Exception {
        long[] scene = heldPlenary();
        return fields("areaId", scene[2], "organizationId", scene[3], "title", "Bisogno " + secret);
    }

    private Map<String, Object> proposal(String secret) throws Exception {
        long[] scene = heldPlenary();
        return fields("areaId", scene[2], "organizationId", scene[3], "title", "Proposta " + secret);
    }

    private String needsOf() throws Exception {
        return "/api/v1/meetings/" + heldPlenary()[1] + "/needs";
    }

    private long newProposal(String secret) throws Exception {
        return api.createId(district.editor(), "/api/v1/meetings/" + heldPlenary()[1] + "/proposals", proposal(secret));
    }

    private Attempt recordHeardNeed() throws Exception {
        String secret = secret();
        return new Attempt(
                api.json(HttpMethod.POST, needsOf(), heardNeed(secret)),
                List.of(secret),
                new Probe(needsOf(), List.of(), List.of(secret)));
    }

    private Attempt deleteHeardNeed() throws Exception {
        String secret = secret();
        long need = api.createId(district.editor(), needsOf(), heardNeed(secret));
        return new Attempt(
                request(HttpMethod.DELETE, needsOf() + "/" + need),
                List.of(),
                new Probe(needsOf(), List.of(secret), List.of()));
    }

    private Attempt takeNeedIntoPlan() throws Exception {
        String secret = secret();
        long need = api.createId(district.editor(), needsOf(), heardNeed(secret));
        return new Attempt(
                api.json(HttpMethod.POST, needsOf() + "/" + need + "/plan", fields()),
                List.of(),
                new Probe("/api/v1/plans/" + heldPlenary()[0] + "/needs", List.of(), List.of(secret)));
    }

    private Attempt recordProposal() throws Exception {
        String secret = secret();
        String target = "/api/v1/meetings/" + heldPlenary()[1] + "/proposals";
        return new Attempt(
                api.json(HttpMethod.POST, target, proposal(secret)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt updateProposal() throws Exception {
        String secret = secret();
        String newSecret = secret();
        String target = "/api/v1/proposals/" + newProposal(secret);
        return new Attempt(
                api.json(HttpMethod.PUT, target, proposal(newSecret)).header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt deleteProposal() throws Exception {
        String secret = secret();
        String target = "/api/v1/proposals/" + newProposal(secret);
        return new Attempt(
                request(HttpMethod.DELETE, target), List.of(), new Probe(target, List.of(secret), List.of()));
    }

    private Attempt answerProposal() throws Exception {
        String secret = secret();
        String target = "/api/v1/proposals/" + newProposal(secret());
        return new Attempt(
                api.json(HttpMethod.POST, target + "/outcome", fields("outcome", "NOT_ACCEPTED", "answer", secret)),
                List.of(secret),
                new Probe(target, List.of("OPEN"), List.of(secret)));
    }

    private Attempt reopenProposal() throws Exception {
        String secret = secret();
        long proposal = newProposal(secret());
        String target = "/api/v1/proposals/" + proposal;
        api.perform(as(
                        district.editor(),
                        api.json(HttpMethod.POST, target + "/outcome", fields("outcome", "ACCEPTED", "answer", "Sì"))))
                .andExpect(status().isOk());
        return new Attempt(
                api.json(HttpMethod.POST, target + "/reopen", fields("reason", secret)),
                List.of(secret),
                new Probe(target, List.of("ACCEPTED"), List.of(secret)));
    }

    private Attempt adoptAsObjective() throws Exception {
        String secret = secret();
        long[] scene = heldPlenary();
        String target = "/api/v1/proposals/" + newProposal(secret());
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target + "/objective",
                        fields("kind", "GENERAL", "areaId", scene[2], "title", "Obiettivo " + secret)),
                List.of(secret),
                new Probe("/api/v1/plans/" + scene[0] + "/objectives", List.of(), List.of(secret)));
    }

    private Attempt adoptAsIntervention() throws Exception {
        String secret = secret();
        long[] scene = heldPlenary();
        String target = "/api/v1/proposals/" + newProposal(secret());
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target + "/intervention",
                        fields(
                                "objectiveId",
                                scene[4],
                                "title",
                                "Intervento " + secret,
                                "type",
                                "SERVICE",
                                "firstYear",
                                PAST_YEAR,
                                "lastYear",
                                PAST_YEAR,
                                "allMunicipalities",
                                true)),
                List.of(secret),
                new Probe("/api/v1/plans/" + scene[0] + "/interventions", List.of(), List.of(secret)));
    }

    private long newIntervention() throws Exception {
        long[] scene = heldPlenary();
        return planContent.intervention(district, scene[0], scene[4], "Intervento " + secret(), PAST_YEAR, PAST_YEAR);
    }

    private Attempt recordProgress() throws Exception {
        String secret = secret();
        String target = "/api/v1/meetings/" + heldPlenary()[1] + "/progress";
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        target,
                        fields("interventionId", newIntervention(), "status", "DELAYED", "remarks", secret)),
                List.of(secret),
                new Probe(target, List.of(), List.of(secret)));
    }

    private Attempt updateProgress() throws Exception {
        String secret = secret();
        String newSecret = secret();
        String notes = "/api/v1/meetings/" + heldPlenary()[1] + "/progress";
        long intervention = newIntervention();
        long note = api.createId(
                district.editor(),
                notes,
                fields("interventionId", intervention, "status", "ON_TRACK", "remarks", secret));
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                notes + "/" + note,
                                fields("interventionId", intervention, "status", "AT_RISK", "remarks", newSecret))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(),
                new Probe(notes, List.of(secret), List.of(newSecret)));
    }

    // ---- Sittings of the governing bodies, their resolutions, the bodies' quorum rules ----

    private List<Endpoint> sittingEndpoints() {
        return List.of(
                new Endpoint("POST /api/v1/districts/{slug}/sittings", Needs.EDITOR, 201, this::conveneSitting),
                new Endpoint("PUT /api/v1/sittings/{id}", Needs.EDITOR, 200, this::updateSitting),
                new Endpoint("POST /api/v1/sittings/{id}/cancellation", Needs.EDITOR, 200, this::cancelSitting),
                new Endpoint("PUT /api/v1/sittings/{id}/attendance", Needs.EDITOR, 200, this::recordSittingAttendance),
                new Endpoint("PUT /api/v1/sittings/{id}/items/{n}/votes", Needs.EDITOR, 200, this::recordVotes),
                new Endpoint("POST /api/v1/sittings/{id}/items/{n}/decision", Needs.EDITOR, 200, this::decideItem),
                new Endpoint(
                        "PUT /api/v1/districts/{slug}/governing-bodies/{id}/quorum-rules",
                        Needs.EDITOR,
                        200,
                        this::changeQuorumRules),
                new Endpoint("GET /api/v1/plans/{id}/acts?to=AGREEMENT", Needs.ADMIN, 200, this::readPlanActs),
                new Endpoint("GET /api/v1/plans/{id}/years/{year}/acts", Needs.ADMIN, 200, this::readProgrammeActs));
    }

    private long[] board;

    /**
     * {bodyId, its one member, District}: a board of one member, whose presence is the quorum and
     * whose vote the majority under the standard rules; shared by the sittings' attempts.
     */
    private long[] board() throws Exception {
        if (board == null || board[2] != district.id()) {
            long person = api.createId(district.editor(), path(district, "/people"), Api.person(secret()));
            long body = api.createId(
                    district.editor(),
                    path(district, "/governing-bodies"),
                    fields(
                            "type",
                            "INSTITUTIONAL_BOARD",
                            "name",
                            "Coordinamento " + secret(),
                            "members",
                            List.of(fields(
                                    "personId",
                                    person,
                                    "role",
                                    "MEMBER",
                                    "municipality",
                                    null,
                                    "startDate",
                                    "2020-01-01"))));
            board = new long[] {body, person, district.id()};
        }
        return board;
    }

    /** A convocation of the board on {@code day} with one item. */
    private Map<String, Object> convocation(LocalDate day, String item) throws Exception {
        return fields(
                "governingBodyId",
                board()[0],
                "date",
                day.toString(),
                "startTime",
                "16:00",
                "place",
                "Sala consiliare",
                "items",
                List.of(fields("title", item, "proposal", "Si delibera.")));
    }

    private long convened(LocalDate day, String item) throws Exception {
        return api.createId(district.editor(), path(district, "/sittings"), convocation(day, item));
    }

    /** A step of the sitting done by the District's editor, on the version just read. */
    private void asEditor(String sitting, MockHttpServletRequestBuilder step) throws Exception {
        api.perform(as(district.editor(), step.header(HttpHeaders.IF_MATCH, api.etag(district.admin(), sitting))))
                .andExpect(status().isOk());
    }

    /** A sitting of yesterday whose one member attended: the quorum is there. */
    private String attendedSitting(String item) throws Exception {
        String sitting = "/api/v1/sittings/" + convened(TestCalendar.today().minusDays(1), item);
        asEditor(
                sitting,
                api.json(
                        HttpMethod.PUT,
                        sitting + "/attendance",
                        fields(
                                "call",
                                "FIRST",
                                "entries",
                                List.of(fields("personId", board()[1], "presence", "PRESENT")))));
        return sitting;
    }

    private Map<String, Object> voteInFavour() throws Exception {
        return fields("votes", List.of(fields("personId", board()[1], "choice", "IN_FAVOUR")));
    }

    /** An attended sitting whose one item was voted for: deciding it adopts a resolution. */
    private String votedSitting(String item) throws Exception {
        String sitting = attendedSitting(item);
        asEditor(sitting, api.json(HttpMethod.PUT, sitting + "/items/1/votes", voteInFavour()));
        return sitting;
    }

    /** Convened after every other sitting of the board: one stored would be first in its list. */
    private Attempt conveneSitting() throws Exception {
        String secret = secret();
        return new Attempt(
                api.json(
                        HttpMethod.POST,
                        path(district, "/sittings"),
                        convocation(TestCalendar.today().plusDays(60), "Punto " + secret)),
                List.of(secret),
                new Probe(path(district, "/sittings?body=" + board()[0]), List.of(), List.of(secret)));
    }

    private Attempt updateSitting() throws Exception {
        String secret = secret();
        String newSecret = secret();
        LocalDate day = TestCalendar.today().plusDays(7);
        String target = "/api/v1/sittings/" + convened(day, "Punto " + secret);
        return new Attempt(
                api.json(HttpMethod.PUT, target, convocation(day, "Punto " + newSecret))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(newSecret),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt cancelSitting() throws Exception {
        String target = "/api/v1/sittings/" + convened(TestCalendar.today().plusDays(7), "Punto " + secret());
        return new Attempt(
                post(target + "/cancellation").header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(),
                new Probe(target, List.of("\"status\":\"CONVENED\""), List.of("CANCELLED")));
    }

    /** The member attends by a delegate whose name and delegation carry the secret. */
    private Attempt recordSittingAttendance() throws Exception {
        String secret = secret();
        String target = "/api/v1/sittings/" + convened(TestCalendar.today().minusDays(1), "Punto " + secret());
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target + "/attendance",
                                fields(
                                        "call",
                                        "FIRST",
                                        "entries",
                                        List.of(fields(
                                                "personId",
                                                board()[1],
                                                "presence",
                                                "DELEGATE",
                                                "delegate",
                                                "Delegato " + secret,
                                                "delegation",
                                                "Delega " + secret))))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(secret),
                new Probe(target + "/attendance", List.of("\"recorded\":false"), List.of(secret)));
    }

    private Attempt recordVotes() throws Exception {
        String target = attendedSitting("Punto " + secret());
        return new Attempt(
                api.json(HttpMethod.PUT, target + "/items/1/votes", voteInFavour())
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(),
                new Probe(target + "/items/1/votes", List.of("\"votes\":[]"), List.of("IN_FAVOUR")));
    }

    /** A refused decision adopts nothing: no resolution has the item's title. */
    private Attempt decideItem() throws Exception {
        String secret = secret();
        String target = votedSitting("Delibera " + secret);
        return new Attempt(
                post(target + "/items/1/decision").header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(),
                new Probe(path(district, "/resolutions?q=" + secret), List.of("\"totalItems\":0"), List.of()));
    }

    /** A body of its own, on the standard rules; the attempt weighs the majority by population. */
    private Attempt changeQuorumRules() throws Exception {
        long body = api.createId(district.editor(), path(district, "/governing-bodies"), Api.governingBody(secret()));
        String target = path(district, "/governing-bodies/" + body + "/quorum-rules");
        return new Attempt(
                api.json(
                                HttpMethod.PUT,
                                target,
                                fields(
                                        "firstCallMembers",
                                        "MORE_THAN_HALF",
                                        "firstCallPopulation",
                                        "MORE_THAN_HALF",
                                        "secondCallMembers",
                                        "AT_LEAST_ONE_THIRD",
                                        "secondCallPopulation",
                                        "NONE",
                                        "majority",
                                        "MORE_THAN_HALF",
                                        "majorityBasis",
                                        "POPULATION",
                                        "abstentionsCounted",
                                        false,
                                        "agreedShares",
                                        List.of()))
                        .header(HttpHeaders.IF_MATCH, "\"0\""),
                List.of(),
                new Probe(target, List.of("\"standard\":true"), List.of("\"majorityBasis\":\"POPULATION\"")));
    }

    /** The acts that may take a plan to the agreement: the District's resolutions, here one titled with the secret. */
    private Attempt readPlanActs() throws Exception {
        String secret = secret();
        String sitting = votedSitting("Approvazione del Piano " + secret);
        asEditor(sitting, post(sitting + "/items/1/decision"));
        return new Attempt(
                get("/api/v1/plans/" + pastPlanWithTable()[0] + "/acts?to=AGREEMENT"), List.of(secret), null);
    }

    private Attempt readProgrammeActs() throws Exception {
        String secret = secret();
        String sitting = votedSitting("Approvazione del programma " + secret);
        asEditor(sitting, post(sitting + "/items/1/decision"));
        long[] plan = pastPlanWithTable();
        return new Attempt(get("/api/v1/plans/" + plan[0] + "/years/" + plan[2] + "/acts"), List.of(secret), null);
    }

    // ---- The program agreement of a draft plan: each attempt on a plan of its own ----

    private List<Endpoint> agreementEndpoints() {
        // A frozen agreement's plan is approved, hence public with all it holds: a draft plan's
        // agreement is a draft, and its reads are the private ones.
        return List.of(
                new Endpoint(
                        "GET /api/v1/plans/{id}/agreement (draft plan)",
                        Needs.VIEWER,
                        200,
                        () -> readDraftAgreement(scene -> "", scene -> "Accordo " + scene.secret())),
                new Endpoint(
                        "GET /api/v1/plans/{id}/agreement/parties (draft plan)",
                        Needs.VIEWER,
                        200,
                        () -> readDraftAgreement(scene -> "/parties", DraftAgreement::signatory)),
                new Endpoint(
                        "GET /api/v1/plans/{id}/agreement/parties/{id} (draft plan)",
                        Needs.VIEWER,
                        200,
                        () -> readDraftAgreement(scene -> "/parties/" + scene.party(), DraftAgreement::signatory)),
                new Endpoint("POST /api/v1/plans/{id}/agreement", Needs.EDITOR, 201, this::draftAgreement),
                new Endpoint("PUT /api/v1/plans/{id}/agreement", Needs.EDITOR, 200, this::updateAgreement),
                new Endpoint("POST /api/v1/plans/{id}/agreement/freeze", Needs.EDITOR, 200, this::freezeAgreement),
                new Endpoint("POST /api/v1/plans/{id}/agreement/parties", Needs.EDITOR, 201, this::addParty),
                new Endpoint("PUT /api/v1/plans/{id}/agreement/parties/{id}", Needs.EDITOR, 200, this::updateParty),
                new Endpoint("DELETE /api/v1/plans/{id}/agreement/parties/{id}", Needs.EDITOR, 204, this::removeParty),
                new Endpoint(
                        "POST /api/v1/plans/{id}/agreement/parties/{id}/signatures (multipart)",
                        Needs.EDITOR,
                        201,
                        this::uploadSignature),
                new Endpoint(
                        "POST /api/v1/plans/{id}/agreement/parties/{id}/link", Needs.EDITOR, 204, this::sendPartyLink),
                new Endpoint("POST /api/v1/plans/{id}/agreement/attachments", Needs.EDITOR, 201, this::attach),
                new Endpoint("DELETE /api/v1/plans/{id}/agreement/attachments/{id}", Needs.EDITOR, 204, this::detach),
                new Endpoint(
                        "POST /api/v1/districts/{slug}/official-documents (multipart)",
                        Needs.EDITOR,
                        201,
                        this::uploadOfficialDocument));
    }

    private static MockMultipartHttpServletRequestBuilder officialDocument(TestDistrict district, String title) {
        return multipart(path(district, "/official-documents"))
                .file(new MockMultipartFile(
                        "file",
                        "decreto.pdf",
                        "application/pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "EXTERNAL_ACT")
                .param("title", title)
                .param("issuedOn", TestCalendar.today().toString());
    }

    /** An external act in the District's archive, titled with the secret; answers its id. */
    private long archived(String secret) throws Exception {
        return json.readTree(api.perform(as(district.editor(), officialDocument(district, "Decreto " + secret)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
    }

    private Attempt uploadOfficialDocument() {
        String secret = secret();
        return new Attempt(
                officialDocument(district, "Decreto " + secret),
                List.of(),
                new Probe(path(district, "/official-documents"), List.of(), List.of(secret)));
    }

    private Attempt attach() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        return new Attempt(
                api.json(HttpMethod.POST, target + "/attachments", fields("documentId", archived(secret)))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(),
                new Probe(target, List.of("\"attachments\":[]"), List.of(secret)));
    }

    private Attempt detach() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        long document = archived(secret);
        api.perform(as(
                        district.editor(),
                        api.json(HttpMethod.POST, target + "/attachments", fields("documentId", document))
                                .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target))))
                .andExpect(status().isCreated());
        return new Attempt(
                request(HttpMethod.DELETE, target + "/attachments/" + document)
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target, List.of(secret), List.of()));
    }

    private static TestPki pki(ApplicationContext application) {
        if (pki == null) {
            pki = TestPki.trustedBy(application);
        }
        return pki;
    }

    private static String agreementOf(long plan) {
        return "/api/v1/plans/" + plan + "/agreement";
    }

    private static Map<String, Object> agreement(String secret) {
        return fields("title", "Accordo " + secret, "text", "## Art. 1\nLe parti adottano il Piano.");
    }

    /** A draft plan of its own with a draft agreement titled with the secret; answers the agreement's path. */
    private String draftedAgreement(String secret) throws Exception {
        String target = agreementOf(newPlan(secret()));
        api.create(district.editor(), target, agreement(secret));
        return target;
    }

    private static Map<String, Object> party(long organization, String signatory) {
        return fields(
                "organizationId",
                organization,
                "kind",
                "SIGNATORY",
                "signatoryName",
                signatory,
                "signatoryRole",
                "Sindaco",
                "signatureRequired",
                true);
    }

    private long newOrganization() throws Exception {
        return api.createId(district.editor(), path(district, "/organizations"), Api.organization(secret()));
    }

    /** A party whose signature is required, signed for by {@code signatory}; answers its id. */
    private long newParty(String agreement, long organization, String signatory) throws Exception {
        long version = api.get(district.admin(), agreement).get("version").asLong();
        return api.createId(
                district.editor(),
                agreement + "/parties",
                Api.with(party(organization, signatory), "version", version));
    }

    /** Freezes the agreement for signature once the mayors have approved its plan, as they must have. */
    private void freeze(String agreement) throws Exception {
        approvePlanOf(agreement);
        api.perform(as(
                        district.editor(),
                        post(agreement + "/freeze")
                                .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), agreement))))
                .andExpect(status().isOk());
    }

    private void approvePlanOf(String agreement) {
        fixtures.approve(district, Long.parseLong(agreement.split("/")[4]));
    }

    private byte[] frozenPdf(String agreement) throws Exception {
        return api.perform(as(district.admin(), get(agreement + "/document")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static MockMultipartHttpServletRequestBuilder signedFile(
            String agreement, long party, String name, byte[] content) {
        return multipart(agreement + "/parties/" + party + "/signatures")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content));
    }

    /** A draft plan's draft agreement with one party; the title and the signatory carry the secret. */
    record DraftAgreement(String path, long party, long districtId, String secret) {

        String signatory() {
            return "Firmatario " + secret;
        }
    }

    private DraftAgreement draftAgreement;

    /** One draft agreement for every read attempt of the District: reads change nothing. */
    private DraftAgreement draftAgreementScene() throws Exception {
        if (draftAgreement == null || draftAgreement.districtId() != district.id()) {
            String secret = secret();
            String target = draftedAgreement(secret);
            long party = newParty(target, newOrganization(), "Firmatario " + secret);
            draftAgreement = new DraftAgreement(target, party, district.id(), secret);
        }
        return draftAgreement;
    }

    private Attempt readDraftAgreement(Function<DraftAgreement, String> what, Function<DraftAgreement, String> secret)
            throws Exception {
        DraftAgreement scene = draftAgreementScene();
        return new Attempt(get(scene.path() + what.apply(scene)), List.of(secret.apply(scene)), null);
    }

    private Attempt draftAgreement() throws Exception {
        String secret = secret();
        String target = agreementOf(newPlan(secret()));
        return new Attempt(api.json(HttpMethod.POST, target, agreement(secret)), List.of(secret), Probe.absent(target));
    }

    private Attempt updateAgreement() throws Exception {
        String secret = secret();
        String newSecret = secret();
        String target = draftedAgreement(secret);
        return new Attempt(
                api.json(HttpMethod.PUT, target, agreement(newSecret))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret, newSecret),
                new Probe(target, List.of(secret), List.of(newSecret)));
    }

    private Attempt freezeAgreement() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret);
        newParty(target, newOrganization(), "Firmatario " + secret());
        approvePlanOf(target);
        return new Attempt(
                post(target + "/freeze").header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target, List.of("\"status\":\"DRAFT\""), List.of("FROZEN")));
    }

    private Attempt addParty() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        return new Attempt(
                api.json(HttpMethod.POST, target + "/parties", party(newOrganization(), "Firmatario " + secret))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target + "/parties", List.of(), List.of(secret)));
    }

    private Attempt updateParty() throws Exception {
        String secret = secret();
        String newSecret = secret();
        String target = draftedAgreement(secret());
        long organization = newOrganization();
        String party = target + "/parties/" + newParty(target, organization, "Firmatario " + secret);
        return new Attempt(
                api.json(HttpMethod.PUT, party, party(organization, "Firmatario " + newSecret))
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), party)),
                List.of(secret, newSecret),
                new Probe(party, List.of(secret), List.of(newSecret)));
    }

    private Attempt removeParty() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        long party = newParty(target, newOrganization(), "Firmatario " + secret);
        return new Attempt(
                request(HttpMethod.DELETE, target + "/parties/" + party)
                        .header(HttpHeaders.IF_MATCH, api.etag(district.admin(), target)),
                List.of(secret),
                new Probe(target + "/parties", List.of(secret), List.of()));
    }

    /** A PDF of the frozen agreement signed by a trusted signer: refused, nothing is kept nor in force. */
    private Attempt uploadSignature() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        long party = newParty(target, newOrganization(), "Firmatario " + secret());
        freeze(target);
        TestPki signers = pki(application);
        byte[] signed = signers.pades(
                frozenPdf(target),
                signers.signer("Firmatario " + secret),
                clock.instant().minus(Duration.ofHours(1)));
        return new Attempt(
                signedFile(target, party, "accordo.pdf", signed),
                List.of(secret),
                new Probe(target, List.of("\"status\":\"FROZEN\"", "\"signatures\":[]"), List.of(secret)));
    }

    /** A party of a frozen agreement whose organisation has an e-mail: refused, no link is sent. */
    private Attempt sendPartyLink() throws Exception {
        String secret = secret();
        String target = draftedAgreement(secret());
        long party = newParty(target, newOrganization(), "Firmatario " + secret);
        freeze(target);
        return new Attempt(
                post(target + "/parties/" + party + "/link"),
                List.of(secret),
                new Probe(target, List.of("\"status\":\"FROZEN\"", "\"signatures\":[]"), List.of()));
    }

    @TestFactory
    Stream<DynamicTest> publicReadsNeedNoToken() throws Exception {
        TestDistrict fresh = fixtures.district();
        long body = api.createId(fresh.editor(), path(fresh, "/governing-bodies"), Api.governingBody(secret()));
        long office = api.createId(fresh.editor(), path(fresh, "/offices"), Api.office(secret()));
        List<String> paths = List.of(
                Api.DISTRICTS,
                path(fresh, ""),
                path(fresh, "/governing-bodies"),
                path(fresh, "/governing-bodies/" + body),
                path(fresh, "/offices"),
                path(fresh, "/offices/" + office),
                path(fresh, "/planning-office"),
                "/api/v1/municipalities?q=poggiardo");
        return paths.stream()
                .map(path -> named(
                        "GET " + path + " as anonymous → 200",
                        () -> api.perform(get(path)).andExpect(status().isOk())));
    }

    @Test
    void anUnknownTokenIsRefusedAsUnauthenticated() throws Exception {
        TestDistrict fresh = fixtures.district();
        api.perform(get(path(fresh, "/organizations"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer zona_not-a-real-token"))
                .andExpect(problem(401, "unauthenticated"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                        .startsWith("Bearer"));
    }
}
