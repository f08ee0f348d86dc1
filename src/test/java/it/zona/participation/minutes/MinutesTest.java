package it.zona.participation.minutes;

import static it.zona.participation.meetings.MeetingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.meetings.MeetingView;
import it.zona.shared.RuleViolationException;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.TestMailServer;
import it.zona.support.ZonaIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

@ZonaIntegrationTest
@Import({MeetingScenario.class, MinutesScenario.class})
class MinutesTest {

    @Autowired
    MinutesScenario scenario;

    @Autowired
    MinutesRegistry minutes;

    @Autowired
    MinutesRemarkRegistry remarks;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    TestMailServer smtp;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theBodyIsFormattedAndWhateverHtmlIsTypedNeverReachesThePage() {
        String html = it.zona.shared.Markdown.html("## Titolo\n\n**grassetto** e *corsivo*\n\n- uno\n- due\n\n"
                + "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[clic](javascript:alert(1)) e [sito](https://example.org)\n\n<b onclick=\"x()\">b</b>");
        assertThat(html)
                .contains("<h3>Titolo</h3>", "<strong>grassetto</strong>", "<em>corsivo</em>", "<li>uno</li>")
                .contains("<a href=\"https://example.org\">sito</a>")
                .doesNotContain("<script", "<img", "javascript:", "<b ");
        // typed HTML survives only as text: no element carries a handler
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("script, img, b, [onerror], [onclick]"))
                .isEmpty();
    }

    @Test
    void minutesGoFromDraftToCirculatedToApprovedAndIllegalStepsAreConflicts() {
        Scene scene = scenario.scene();
        MeetingView first = scenario.held(scene, 20);
        MeetingView second = scenario.held(scene, 5);
        MinutesView draft = scenario.draft(scene, first.id());
        assertThat(draft.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(1);

        assertThatThrownBy(() -> scenario.editor(
                        scene, () -> minutes.approve(draft.id(), new ApprovalForm(second.id(), null, null))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> scenario.draft(scene, first.id()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());

        MinutesView circulated =
                scenario.editor(scene, () -> minutes.circulate(draft.id(), new CirculateForm(today().plusDays(7))));
        assertThat(circulated.status()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThatThrownBy(() -> scenario.editor(
                        scene, () -> minutes.circulate(draft.id(), new CirculateForm(today().plusDays(7)))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        // the office still takes in remarks
        MinutesView amended = scenario.editor(
                scene,
                () -> minutes.amend(
                        draft.id(),
                        new MinutesForm("Testo rivisto", List.of("Una decisione"), null),
                        circulated.version()));
        assertThat(amended.decisions()).containsExactly("Una decisione");

        MinutesView approved =
                scenario.editor(scene, () -> minutes.approve(draft.id(), new ApprovalForm(second.id(), null, null)));
        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approvedAtMeetingId()).isEqualTo(second.id());
        assertThat(approved.attendance())
                .extracting(MinutesAttendanceLine::mark)
                .contains(AttendanceMark.REPRESENTATIVE, AttendanceMark.EXCUSED);
    }

    @Test
    void onlyAHeldMeetingHasMinutes() {
        Scene scene = scenario.scene();
        MeetingView future = scenario.editor(
                scene,
                () -> meetings.schedule(
                        scene.tableId(),
                        MeetingScenario.form(
                                "Futura",
                                today().plusDays(3),
                                java.time.LocalTime.of(9, 0),
                                java.time.LocalTime.of(10, 0))));
        assertThatThrownBy(() -> scenario.draft(scene, future.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.messageKey()).isEqualTo("error.minutes.notHeld");
                });
    }

    @Test
    void approvalNeedsALaterHeldMeetingOfTheSameTableOrACoordinator() throws Exception {
        Scene scene = scenario.scene();
        MeetingView earlier = scenario.held(scene, 30);
        MeetingView minuted = scenario.held(scene, 20);
        Scene otherTable = scenario.scene();
        MeetingView elsewhere = scenario.held(otherTable, 5);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        ApiClient editor = fixtures.api(scene.district().editor());

        for (long wrong : new long[] {earlier.id(), minuted.id(), elsewhere.id()}) {
            editor.post("/api/v1/minutes/{id}/approve", "{\"meetingId\":%d}".formatted(wrong), circulated.id())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("meetingId"));
        }
        editor.post("/api/v1/minutes/{id}/approve", "{}", circulated.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("meetingId"));
        editor.post("/api/v1/minutes/{id}/approve", "{\"byCoordinator\":true}", circulated.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("byCoordinator"));

        scenario.appointCoordinator(scene);
        editor.post(
                        "/api/v1/minutes/{id}/approve",
                        "{\"byCoordinator\":true,\"earlyClosingReason\":\"Urgenza\"}",
                        circulated.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedByCoordinator").value("Maria Coordinatrice"));
    }

    @Test
    void approvedMinutesRefuseEveryChangeAndTheDatabaseRefusesThemToo() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        MinutesView approved = scenario.approved(scene, minuted.id(), later.id());
        ApiClient editor = fixtures.api(scene.district().editor());

        editor.put(
                        "/api/v1/minutes/{id}",
                        "{\"body\":\"Riscritto\",\"decisions\":[],\"version\":%d}".formatted(approved.version()),
                        approved.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1")));
        editor.post(
                        "/api/v1/minutes/{id}/circulate",
                        "{\"remarksUntil\":\"%s\"}".formatted(today().plusDays(3)),
                        approved.id())
                .andExpect(status().isConflict());
        editor.post("/api/v1/minutes/{id}/approve", "{\"meetingId\":%d}".formatted(later.id()), approved.id())
                .andExpect(status().isConflict());

        assertThatThrownBy(
                        () -> jdbc.update("update meeting_minutes set body = 'Riscritto' where id = ?", approved.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from meeting_minutes where id = ?", approved.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update meeting_minutes_decision set text = 'Altro' where minutes_id = ?", approved.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(
                        () -> jdbc.update("delete from meeting_minutes_attendance where minutes_id = ?", approved.id()))
                .isInstanceOf(DataAccessException.class);
        assertThat(minutes.get(approved.id()).body()).isEqualTo(approved.body());

        // a draft is still the office's to change
        MeetingView another = scenario.held(scene, 3);
        MinutesView draft = scenario.draft(scene, another.id());
        assertThat(jdbc.update("update meeting_minutes set body = 'Bozza' where id = ?", draft.id()))
                .isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewVersionNamingThePreviousOne() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 10);
        MeetingView latest = scenario.held(scene, 2);
        MinutesView first = scenario.approved(scene, minuted.id(), later.id());
        ApiClient editor = fixtures.api(scene.district().editor());

        long correction = editor.read(editor.post("/api/v1/minutes/{id}/corrections", "", first.id())
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.number").value(2))
                        .andExpect(jsonPath("$.previousId").value(first.id()))
                        .andExpect(jsonPath("$.status").value("DRAFT")))
                .get("id")
                .asLong();
        editor.post("/api/v1/minutes/{id}/corrections", "", first.id()).andExpect(status().isConflict());
        editor.put(
                        "/api/v1/minutes/{id}",
                        "{\"body\":\"Testo corretto\",\"decisions\":[\"Decisione corretta\"],\"version\":0}",
                        correction)
                .andExpect(status().isOk());
        editor.put("/api/v1/minutes/{id}", "{\"body\":\"Vecchio\",\"decisions\":[],\"version\":0}", correction)
                .andExpect(status().isConflict());
        scenario.editor(scene, () -> minutes.circulate(correction, new CirculateForm(today())));
        scenario.editor(scene, () -> minutes.approve(correction, new ApprovalForm(latest.id(), null, null)));

        assertThat(minutes.get(first.id()).correctedByNumber()).isEqualTo(2);
        fixtures.anonymousApi()
                .get("/api/v1/meetings/{id}/minutes", minuted.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(2))
                .andExpect(jsonPath("$[0].previousNumber").value(1))
                .andExpect(jsonPath("$[1].correctedById").value(correction));
    }

    @Test
    void circulatingMailsEveryMemberTheLinkAndTheDeadline() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 10);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        for (String address : scene.addresses()) {
            MimeMessage mail = smtp.awaitMessages(address, 1).get(0);
            String text = String.valueOf(mail.getContent());
            assertThat(text).contains("/minutes/" + circulated.id());
            assertThat(mail.getSubject()).contains(minuted.title());
        }
    }

    @Test
    void aPlenarysMinutesGoToEveryTablesMembersAndAreApprovedAtALaterPlenary() throws Exception {
        Scene scene = scenario.scene();
        MeetingView plenary = scenario.heldPlenary(scene, 20);
        MeetingView laterPlenary = scenario.heldPlenary(scene, 5);
        MeetingView tableMeeting = scenario.held(scene, 4);
        MinutesView circulated = scenario.circulated(scene, plenary.id());
        for (String address : scene.addresses()) {
            assertThat(smtp.awaitMessages(address, 1)).hasSize(1);
        }
        fixtures.api(scenario.account(scene.addresses().get(1)))
                .post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Dal tavolo\"}", circulated.id())
                .andExpect(status().isCreated());
        ApiClient editor = fixtures.api(scene.district().editor());
        editor.post("/api/v1/minutes/{id}/approve", "{\"meetingId\":%d}".formatted(tableMeeting.id()), circulated.id())
                .andExpect(status().isUnprocessableContent());
        editor.post("/api/v1/minutes/{id}/approve", "{\"meetingId\":%d}".formatted(laterPlenary.id()), circulated.id())
                .andExpect(status().isOk());
    }

    @Test
    void aSeatedRepresentativeRemarksUntilTheDeadlineAndNobodyElseDoes() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 10);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        ApiClient member = fixtures.api(scenario.account(scene.addresses().get(0)));
        ApiClient stranger = fixtures.api(scenario.account("estraneo-" + Fixtures.unique() + "@example.org"));

        member.get("/api/v1/minutes/{id}", circulated.id()).andExpect(status().isOk());
        member.post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Manca il nostro intervento.\"}", circulated.id())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("Rappresentante"))
                .andExpect(
                        jsonPath("$.organizationId").value(scene.organizations().get(0)));
        member.post("/api/v1/minutes/{id}/remarks", "{\"text\":\" \"}", circulated.id())
                .andExpect(status().isBadRequest());
        stranger.post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Io no\"}", circulated.id())
                .andExpect(status().isForbidden());
        fixtures.api(scene.district().viewer())
                .post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Io no\"}", circulated.id())
                .andExpect(status().isForbidden());
        fixtures.anonymousApi()
                .post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Io no\"}", circulated.id())
                .andExpect(status().isUnauthorized());

        ApiClient editor = fixtures.api(scene.district().editor());
        editor.post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Per telefono\"}", circulated.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
        editor.post(
                        "/api/v1/minutes/{id}/remarks",
                        "{\"text\":\"Per telefono\",\"organizationId\":%d,\"author\":\"Dott. Rossi\"}"
                                .formatted(scene.organizations().get(1)),
                        circulated.id())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("Dott. Rossi"));
        member.get("/api/v1/minutes/{id}/remarks", circulated.id())
                .andExpect(jsonPath("$.length()").value(2));

        jdbc.update("update meeting_minutes set remarks_until = ? where id = ?", today().minusDays(1), circulated.id());
        member.post("/api/v1/minutes/{id}/remarks", "{\"text\":\"Troppo tardi\"}", circulated.id())
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePublicSeesOnlyApprovedMinutes() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        MinutesView approved = scenario.approved(scene, minuted.id(), later.id());
        MinutesView draft = scenario.draft(scene, later.id());
        ApiClient anonymous = fixtures.anonymousApi();

        anonymous.get("/api/v1/minutes/{id}", draft.id()).andExpect(status().isNotFound());
        anonymous.get("/api/v1/minutes/{id}/remarks", draft.id()).andExpect(status().isNotFound());
        anonymous
                .get("/api/v1/meetings/{id}/minutes", later.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        fixtures.api(scenario.account("altro-" + Fixtures.unique() + "@example.org"))
                .get("/api/v1/minutes/{id}", draft.id())
                .andExpect(status().isNotFound());
        fixtures.api(scene.district().viewer())
                .get("/api/v1/minutes/{id}", draft.id())
                .andExpect(status().isOk());
        fixtures.api(scenario.account(scene.addresses().get(1)))
                .get("/api/v1/minutes/{id}", draft.id())
                .andExpect(status().isOk());
        anonymous
                .get("/api/v1/minutes/{id}", approved.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.attendance[0].organization").exists());
        anonymous.get("/api/v1/minutes/{id}/pdf", draft.id()).andExpect(status().isNotFound());
        assertThat(minutes.approvedForTable(scene.tableId()))
                .extracting(MinutesView::id)
                .containsExactly(approved.id());
    }

    @Test
    void remarksStayBetweenTheOfficeAndTheMembersOnceTheMinutesArePublic() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        scenario.editor(
                scene,
                () -> remarks.remark(
                        circulated.id(),
                        new RemarkForm(
                                "Osservazione riservata", scene.organizations().get(0), null)));
        scenario.editor(scene, () -> minutes.approve(circulated.id(), new ApprovalForm(later.id(), null, null)));

        fixtures.anonymousApi()
                .get("/api/v1/minutes/{id}", circulated.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remarks.length()").value(0));
        fixtures.api(scene.district().viewer())
                .get("/api/v1/minutes/{id}/remarks", circulated.id())
                .andExpect(jsonPath("$[0].text").value("Osservazione riservata"));
    }

    @Test
    void approvedMinutesArePdfAWithTheirContent() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        MinutesView approved = scenario.approved(scene, minuted.id(), later.id());
        byte[] pdf = fixtures.anonymousApi()
                .get("/api/v1/minutes/{id}/pdf", approved.id())
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.toString()).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            minuted.title(), "assistenza domiciliare", "Avviare la co-progettazione", "Rappresentante");
        }
        // The District's archive keeps the approved version as it was issued, once.
        byte[] archived = jdbc.queryForObject(
                "select f.content from archived_file f join archived_document d on d.id = f.document_id"
                        + " where d.page = ? and d.kind = 'TABLE_MINUTES'",
                byte[].class,
                "/minutes/" + approved.id());
        try (PDDocument document = Loader.loadPDF(archived)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(minuted.title(), "Avviare la co-progettazione");
        }
    }

    @Test
    void writingMinutesIsForTheDistrictsEditors() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 10);
        String body = "{\"body\":\"Testo\",\"decisions\":[]}";
        fixtures.anonymousApi()
                .post("/api/v1/meetings/{id}/minutes", body, minuted.id())
                .andExpect(status().isUnauthorized());
        fixtures.api(scene.district().viewer())
                .post("/api/v1/meetings/{id}/minutes", body, minuted.id())
                .andExpect(status().isForbidden());
        fixtures.api(fixtures.district().editor())
                .post("/api/v1/meetings/{id}/minutes", body, minuted.id())
                .andExpect(status().isForbidden());
        fixtures.api(scene.district().editor())
                .post("/api/v1/meetings/{id}/minutes", "{\"body\":\"\"}", minuted.id())
                .andExpect(status().isBadRequest());
        fixtures.api(scene.district().editor())
                .post("/api/v1/meetings/{id}/minutes", body, minuted.id())
                .andExpect(status().isCreated());
    }

    @Test
    void awaitingRemarksListsTheCirculatedVersionsStillOpen() {
        Scene scene = scenario.scene();
        MeetingView open = scenario.held(scene, 10);
        MeetingView closed = scenario.held(scene, 8);
        MinutesView circulated = scenario.circulated(scene, open.id());
        MinutesView late = scenario.circulated(scene, closed.id());
        jdbc.update("update meeting_minutes set remarks_until = ? where id = ?", today().minusDays(1), late.id());
        assertThat(minutes.awaitingRemarks(List.of(scene.tableId())))
                .extracting(MinutesView::id)
                .containsExactly(circulated.id());
    }

    @Test
    void theCoordinatorApprovesWhileRemarksAreOpenOnlyByClosingThemEarlyWithAReasonTheMinutesShow() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        scenario.appointCoordinator(scene);
        ApiClient editor = fixtures.api(scene.district().editor());

        for (String body :
                List.of("{\"byCoordinator\":true}", "{\"byCoordinator\":true,\"earlyClosingReason\":\"  \"}")) {
            editor.post("/api/v1/minutes/{id}/approve", body, circulated.id())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("earlyClosingReason"));
        }
        assertThat(scenario.editor(scene, () -> minutes.get(circulated.id())).status())
                .isEqualTo(MinutesStatus.CIRCULATED);

        editor.post(
                        "/api/v1/minutes/{id}/approve",
                        "{\"byCoordinator\":true,\"earlyClosingReason\":\"Scadenza del bando regionale\"}",
                        circulated.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.remarksClosedOn").value(today().toString()))
                .andExpect(jsonPath("$.remarksClosedReason").value("Scadenza del bando regionale"));
        String page = new it.zona.support.WebClient(mvc)
                .open("/minutes/" + circulated.id())
                .text();
        assertThat(page).contains("chiuso in anticipo").contains("Scadenza del bando regionale");
    }

    @Test
    void afterTheRemarksDeadlineTheCoordinatorApprovesWithoutClosingAnything() throws Exception {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MinutesView circulated = scenario.circulated(scene, minuted.id());
        scenario.appointCoordinator(scene);
        // the deadline has passed (set behind the application's back: circulating refuses a past one)
        jdbc.update(
                "update meeting_minutes set remarks_until = ? where id = ?",
                java.sql.Date.valueOf(today().minusDays(1)),
                circulated.id());

        MinutesView approved =
                scenario.editor(scene, () -> minutes.approve(circulated.id(), new ApprovalForm(null, true, null)));
        assertThat(approved.approved()).isTrue();
        assertThat(approved.remarksClosedOn()).isNull();
    }

    @Test
    void aLaterMeetingApprovingWhileRemarksAreOpenClosesThemAndTheMinutesSaySo() {
        Scene scene = scenario.scene();
        MeetingView minuted = scenario.held(scene, 20);
        MeetingView later = scenario.held(scene, 5);
        MinutesView approved = scenario.approved(scene, minuted.id(), later.id());
        assertThat(approved.remarksClosedOn()).isEqualTo(today());
        assertThat(approved.remarksClosedReason()).isNull();
        assertThat(minutes.get(approved.id()).remarksClosedOn()).isEqualTo(today());
    }
}
