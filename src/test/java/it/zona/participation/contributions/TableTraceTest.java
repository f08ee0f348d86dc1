package it.zona.participation.contributions;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.participation.contributions.ProposalScenario.Held;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingView;
import it.zona.programme.HeardAt;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.NeedRegistry;
import it.zona.programme.NeedView;
import it.zona.programme.Priority;
import it.zona.shared.RuleViolationException;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the tables leave on the plan: needs taken into its analysis, progress notes and the origin
 * of what a proposal became, shown on the plan's pages and through the API, to whom may see them.
 */
@ZonaIntegrationTest
@Import({MeetingScenario.class, ProposalScenario.class})
class TableTraceTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ProposalScenario scenario;

    @Autowired
    ProgressRegistry progress;

    @Autowired
    HeardNeedRegistry heard;

    @Autowired
    ProposalRegistry proposals;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    NeedRegistry needs;

    @Autowired
    InterventionRegistry interventions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void progressIsNotedOnceAtAHeldMeetingOnTheTablesInterventions() {
        Held held = scenario.held();
        MeetingView coming = scenario.editor(
                held.scene(),
                () -> meetings.schedule(
                        held.scene().tableId(),
                        form("Prossima", today().plusDays(5), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        assertThatThrownBy(() -> note(held, coming.id(), held.interventionId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.messageKey()).isEqualTo("error.progress.notHeld");
                });
        assertThatThrownBy(() -> note(held, held.meetingId(), held.otherInterventionId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("interventionId");
                    assertThat(e.messageKey()).isEqualTo("error.progress.outsideTable");
                });
        ProgressNoteView noted = note(held, held.meetingId(), held.interventionId());
        assertThat(noted.date()).isEqualTo(today().minusDays(7));
        assertThatThrownBy(() -> note(held, held.meetingId(), held.interventionId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.field()).isEqualTo("interventionId");
                });

        WebClient editor = fixtures.signIn(held.scene().district().editor());
        Document page = editor.open("/plans/" + held.scene().planId() + "/interventions/" + held.interventionId());
        assertThat(page.select("#progress").text()).isNotBlank();
        assertThat(page.select("main").text())
                .contains(today().minusDays(7).format(DAY), "in ritardo", "Mancano operatori");
    }

    @Test
    void anInterventionTheTablesReviewedIsNotDeletedWithItsTrace() {
        Held held = scenario.held();
        note(held, held.meetingId(), held.interventionId());
        assertThatThrownBy(() -> scenario.editor(held.scene(), () -> {
                    interventions.delete(held.scene().planId(), held.interventionId(), null);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        assertThat(progress.forMeeting(held.meetingId())).hasSize(1);
    }

    @Test
    void aNeedTakenIntoThePlanSaysWhereItWasHeard() {
        Held held = scenario.held();
        HeardNeedView need = scenario.editor(
                held.scene(),
                () -> heard.record(
                        held.meetingId(),
                        new HeardNeedForm(
                                held.area().id(),
                                held.scene().organizations().get(1),
                                "Solitudine degli anziani soli",
                                "Molti anziani vivono soli nei centri minori",
                                null)));
        HeardNeedView taken = scenario.editor(
                held.scene(), () -> heard.takeIntoPlan(held.meetingId(), need.id(), Priority.HIGH, null));
        NeedView inPlan =
                scenario.editor(held.scene(), () -> needs.get(held.scene().planId(), taken.needId()));
        assertThat(inPlan.heardAt()).isEqualTo(HeardAt.THEMATIC_TABLE);
        // the scene's table is named "Tavolo …": the label does not say it twice
        assertThat(inPlan.heardWhere())
                .startsWith("Tavolo ")
                .doesNotContain("Tavolo Tavolo")
                .endsWith("riunione del " + today().minusDays(7).format(DAY));
        assertThat(MeetingInput.tableLabel("Anziani")).isEqualTo("Tavolo Anziani");
        assertThat(MeetingInput.tableLabel("tavolo tecnico Salute mentale")).isEqualTo("tavolo tecnico Salute mentale");
        assertThat(inPlan.priority()).isEqualTo(Priority.HIGH);
        assertThatThrownBy(() -> scenario.editor(held.scene(), () -> {
                    heard.delete(held.meetingId(), need.id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());

        Document page = fixtures.signIn(held.scene().district().editor())
                .open("/plans/" + held.scene().planId() + "/needs/" + taken.needId());
        assertThat(page.select("main").text()).contains("Origine", "Solitudine degli anziani soli");
    }

    @Test
    void theAdoptedProposalShowsOnTheObjectivesPageAndThroughThePublicApi() throws Exception {
        Held held = scenario.held();
        TestDistrict district = held.scene().district();
        WebClient editor = fixtures.signIn(district.editor());
        MvcResult recorded = editor.submit(
                editor.open("/meetings/" + held.meetingId() + "/proposals/new"),
                "main form",
                Map.of(
                        "organizationId",
                        String.valueOf(held.scene().organizations().get(0)),
                        "areaId",
                        String.valueOf(held.area().id()),
                        "title",
                        "Sportello per i caregiver",
                        "text",
                        "Uno sportello di ascolto per chi assiste un familiare"));
        assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
        long proposal = proposals.forMeeting(held.meetingId()).get(0).id();

        Document adoptForm = editor.open("/proposals/" + proposal + "/objective");
        assertThat(adoptForm.select("#title").val()).isEqualTo("Sportello per i caregiver");
        MvcResult adopted = editor.submit(adoptForm, "main form", Map.of("title", "Sostenere chi assiste"));
        assertThat(adopted.getResponse().getRedirectedUrl()).isEqualTo("/proposals/" + proposal);

        Document objectivesPage = editor.open("/plans/" + held.scene().planId() + "/objectives");
        assertThat(objectivesPage.select("main").text())
                .contains("Sostenere chi assiste", "Origine", "Sportello per i caregiver");

        fixtures.anonymousApi()
                .get("/api/v1/proposals/{id}", proposal)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ADOPTED_AS_OBJECTIVE"))
                .andExpect(jsonPath("$.targetTitle").value("Sostenere chi assiste"));
        fixtures.anonymousApi()
                .get("/api/v1/meetings/{id}/proposals", held.meetingId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Sportello per i caregiver"));
        Document publicPage = html(new WebClient(mvc).get("/proposals/" + proposal));
        assertThat(publicPage.select("main").text())
                .contains("Diventata un obiettivo del piano", "Sostenere chi assiste");
    }

    @Test
    void aFormSentWithoutTheOrganisationSaysSoNextToTheField() {
        Held held = scenario.held();
        WebClient editor = fixtures.signIn(held.scene().district().editor());
        MvcResult refused = editor.submit(
                editor.open("/meetings/" + held.meetingId() + "/proposals/new"),
                "main form",
                Map.of("areaId", String.valueOf(held.area().id()), "title", "Senza ente"));
        Document page = html(refused);
        assertThat(page.select("#organizationId-error").text()).isNotBlank();

        long proposal = scenario.editor(
                        held.scene(),
                        () -> proposals.record(
                                held.meetingId(),
                                new ProposalForm(
                                        held.scene().organizations().get(0),
                                        held.area().id(),
                                        "Da respingere",
                                        null,
                                        null)))
                .id();
        Document noReason = html(editor.submit(
                editor.open("/proposals/" + proposal + "/outcome"), "main form", Map.of("outcome", "NOT_ACCEPTED")));
        assertThat(noReason.select("#answer-error").text()).contains("motivo");
    }

    @Test
    void theOfficeWorksFromTheMeetingsPageWithoutScripts() {
        Held held = scenario.held();
        WebClient editor = fixtures.signIn(held.scene().district().editor());
        String meeting = "/meetings/" + held.meetingId();
        MvcResult need = editor.submit(
                editor.open(meeting + "/needs/new"),
                "main form",
                Map.of("areaId", String.valueOf(held.area().id()), "title", "Trasporto verso i centri diurni"));
        assertThat(need.getResponse().getRedirectedUrl()).startsWith(meeting);
        long needId = heard.forMeeting(held.meetingId()).get(0).id();
        MvcResult taken = editor.submit(
                editor.open(meeting + "/needs/" + needId + "/plan"), "main form", Map.of("priority", "HIGH"));
        assertThat(taken.getResponse().getRedirectedUrl()).startsWith(meeting);
        assertThat(heard.forMeeting(held.meetingId()).get(0).inPlan()).isTrue();

        MvcResult noted = editor.submit(
                editor.open(meeting + "/progress/new"),
                "main form",
                Map.of(
                        "interventionId", String.valueOf(held.interventionId()),
                        "status", "ON_TRACK",
                        "remarks", "Procede secondo il cronoprogramma"));
        assertThat(noted.getResponse().getRedirectedUrl()).startsWith(meeting);

        Document page = editor.open(meeting);
        assertThat(page.select("#heard-needs").text()).contains("Trasporto verso i centri diurni");
        assertThat(page.select("#progress").text()).contains("Assistenza domiciliare integrata", "in linea");
        assertThat(page.select("#progress-title").text()).isEqualTo("Monitoraggio degli interventi");

        long proposal = scenario.editor(
                        held.scene(),
                        () -> proposals.record(
                                held.meetingId(),
                                new ProposalForm(
                                        held.scene().organizations().get(0),
                                        held.area().id(),
                                        "Da togliere",
                                        null,
                                        null)))
                .id();
        Document confirm = editor.open("/proposals/" + proposal + "/delete");
        assertThat(confirm.select("h1").text()).contains("Da togliere");
        editor.submit(confirm, "main form", Map.of());
        assertThat(proposals.forMeeting(held.meetingId())).isEmpty();
    }

    @Test
    void anyoneReadsWhatATableBroughtButOnlyTheDistrictsEditorsRecordIt() throws Exception {
        Held held = scenario.held();
        String body = "{\"organizationId\":" + held.scene().organizations().get(0) + ",\"areaId\":"
                + held.area().id() + ",\"title\":\"Proposta\"}";
        fixtures.anonymousApi()
                .post("/api/v1/meetings/{id}/proposals", body, held.meetingId())
                .andExpect(status().isUnauthorized());
        TestDistrict other = fixtures.district();
        fixtures.api(other.editor())
                .post("/api/v1/meetings/{id}/proposals", body, held.meetingId())
                .andExpect(status().isForbidden());
        fixtures.api(held.scene().district().viewer())
                .post("/api/v1/meetings/{id}/proposals", body, held.meetingId())
                .andExpect(status().isForbidden());
        fixtures.api(held.scene().district().editor())
                .post(
                        "/api/v1/meetings/{id}/proposals",
                        body.replace(
                                "\"areaId\":" + held.area().id(),
                                "\"areaId\":" + held.otherArea().id()),
                        held.meetingId())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        fixtures.api(held.scene().district().editor())
                .post("/api/v1/meetings/{id}/proposals", body, held.meetingId())
                .andExpect(status().isCreated());
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/proposals", held.scene().planId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));

        Document meetingPage = html(new WebClient(mvc).get("/meetings/" + held.meetingId()));
        assertThat(meetingPage.select("#proposals").text()).contains("Proposta");
        assertThat(meetingPage.select("a[href$=/proposals/new]")).isEmpty();
    }

    private ProgressNoteView note(Held held, long meetingId, long intervention) {
        return scenario.editor(
                held.scene(),
                () -> progress.record(
                        meetingId,
                        new ProgressNoteForm(intervention, ProgressStatus.DELAYED, "Mancano operatori", null)));
    }
}
