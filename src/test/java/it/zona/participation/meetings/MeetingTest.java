package it.zona.participation.meetings;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.shared.RuleViolationException;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@ZonaIntegrationTest
@Import(MeetingScenario.class)
class MeetingTest {

    @Autowired
    MeetingScenario scenario;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    AttendanceRegister register;

    @Autowired
    TableRegistry tables;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TableMembership membership;

    @Autowired
    MockMvc mvc;

    @Test
    void theEndMustComeAfterTheStart() {
        Scene scene = scenario.scene(0);
        assertThatThrownBy(() -> scenario.editor(
                        scene.district(),
                        () -> meetings.schedule(
                                scene.tableId(),
                                form("Prima", today().plusDays(10), LocalTime.of(18, 0), LocalTime.of(17, 0)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.field()).isEqualTo("endTime");
                    assertThat(e.messageKey()).isEqualTo("error.meeting.endBeforeStart");
                });
        assertThat(meetings.forTable(scene.tableId())).isEmpty();
    }

    @Test
    void aMeetingNeedsAPlaceOrALink() {
        Scene scene = scenario.scene(0);
        MeetingForm nowhere = new MeetingForm(
                "Dove?", today().plusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0), " ", "", List.of(), null);
        assertThatThrownBy(() -> scenario.editor(scene.district(), () -> meetings.schedule(scene.tableId(), nowhere)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.meeting.noPlace"));
    }

    @Test
    void aDateOutsideThePlansYearsIsRefused() {
        Scene scene = scenario.scene(0);
        LocalDate outside = LocalDate.of(today().getYear() + 2, 1, 15);
        assertThatThrownBy(() -> scenario.editor(
                        scene.district(),
                        () -> meetings.schedulePlenary(
                                scene.planId(), form("Fuori", outside, LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.messageKey()).isEqualTo("error.meeting.outsidePlan");
                });
    }

    @Test
    void attendanceOfAnOrganisationNotSeatedIsRefused() {
        Scene scene = scenario.scene(2);
        long stranger = fixtures.organization(scene.district(), "Estranea " + Fixtures.unique());
        MeetingView past = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Passata", today().minusDays(7), LocalTime.of(9, 0), LocalTime.of(11, 0))));
        AttendanceForm sheet = new AttendanceForm(
                List.of(
                        new AttendanceForm.Line(scene.organizations().get(0), AttendanceMark.REPRESENTATIVE),
                        new AttendanceForm.Line(stranger, AttendanceMark.ABSENT)),
                List.of());
        assertThatThrownBy(() -> scenario.editor(scene.district(), () -> register.recordAttendance(past.id(), sheet)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.messageKey()).isEqualTo("error.attendance.notMember");
                    assertThat(e.arguments()[0].toString()).startsWith("Estranea");
                });
        assertThat(register.attendance(past.id()).recorded()).isFalse();
        assertThat(meetings.get(past.id()).status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void recordingTheAttendanceMarksTheMeetingHeld() {
        Scene scene = scenario.scene(2);
        MeetingView past = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Tenuta", today().minusDays(2), LocalTime.of(9, 0), LocalTime.of(11, 0))));
        AttendanceSheet sheet = scenario.editor(
                scene.district(),
                () -> register.recordAttendance(
                        past.id(),
                        new AttendanceForm(
                                List.of(
                                        new AttendanceForm.Line(
                                                scene.organizations().get(0), AttendanceMark.SUBSTITUTE),
                                        new AttendanceForm.Line(
                                                scene.organizations().get(1), AttendanceMark.EXCUSED)),
                                List.of(new Guest("Ospite Uno", "Università"), new Guest(" ", null)))));
        assertThat(sheet.meeting().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(sheet.lines())
                .extracting(AttendanceSheet.Line::mark)
                .containsExactlyInAnyOrder(AttendanceMark.SUBSTITUTE, AttendanceMark.EXCUSED);
        assertThat(sheet.guests()).containsExactly(new Guest("Ospite Uno", "Università"));
    }

    @Test
    void anOrganisationAbsentThreeTimesInARowIsFlaggedOnTheTablePageToStaffOnly() {
        Scene scene = scenario.scene(2);
        long absentee = scene.organizations().get(1);
        for (int daysAgo : List.of(9, 6, 3)) {
            MeetingView past = scenario.editor(
                    scene.district(),
                    () -> meetings.schedule(
                            scene.tableId(),
                            form("Seduta", today().minusDays(daysAgo), LocalTime.of(9, 0), LocalTime.of(11, 0))));
            scenario.editor(
                    scene.district(),
                    () -> register.recordAttendance(
                            past.id(),
                            new AttendanceForm(
                                    List.of(
                                            new AttendanceForm.Line(
                                                    scene.organizations().get(0), AttendanceMark.REPRESENTATIVE),
                                            new AttendanceForm.Line(absentee, AttendanceMark.ABSENT)),
                                    List.of())));
        }
        String name = scenario.editor(
                scene.district(),
                () -> membership.members(scene.tableId()).stream()
                        .filter(m -> m.organization().id() == absentee)
                        .findFirst()
                        .orElseThrow()
                        .organization()
                        .name());

        String page = "/tables/" + scene.tableId();
        assertThat(fixtures.signIn(scene.district().viewer())
                        .open(page)
                        .select(".alert-warning")
                        .text())
                .contains(name);
        assertThat(new WebClient(mvc).open(page).select(".alert-warning")).isEmpty();
        assertThat(scenario.editor(scene.district(), () -> register.absenceFlags(scene.tableId())))
                .extracting(flag -> flag.organization().id())
                .containsExactly(absentee);
    }

    @Test
    void statusesFollowTheMeetingsLife() {
        Scene scene = scenario.scene(1);
        MeetingView scheduled = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Vita", today().plusDays(20), LocalTime.of(17, 0), LocalTime.of(19, 0))));
        assertThat(scheduled.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(scheduled.sequence()).isZero();

        assertThatThrownBy(() -> scenario.editor(scene.district(), () -> meetings.markHeld(scheduled.id())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.meeting.notYetHeld"));

        MeetingView moved = scenario.editor(
                scene.district(),
                () -> meetings.move(
                        scheduled.id(),
                        new MoveForm(today().plusDays(27), LocalTime.of(17, 0), LocalTime.of(19, 0), null),
                        scheduled.version()));
        assertThat(moved.status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.previousDates())
                .singleElement()
                .satisfies(p -> assertThat(p.date()).isEqualTo(today().plusDays(20)));

        MeetingView cancelled = scenario.editor(scene.district(), () -> meetings.cancel(scheduled.id()));
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(2);

        assertThatThrownBy(() -> scenario.editor(scene.district(), () -> meetings.cancel(scheduled.id())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> scenario.editor(
                        scene.district(),
                        () -> meetings.update(scheduled.id(), cancelled.toForm(), cancelled.version())))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aTableWithMeetingsCannotBeDeleted() {
        Scene scene = scenario.scene(0);
        scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form("Tiene", today().plusDays(5), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        assertThat(tables.heldBy(scene.tableId())).anyMatch(h -> h.startsWith(MeetingRegistry.ENTITY));
        assertThatThrownBy(() -> scenario.editor(scene.district(), () -> {
                    tables.delete(scene.tableId());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void theViewerMayNotSchedule() {
        Scene scene = scenario.scene(0);
        assertThatThrownBy(() -> fixtures.as(
                        scene.district().viewer().username(),
                        () -> meetings.schedule(
                                scene.tableId(),
                                form("No", today().plusDays(5), LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** A past meeting of the scene's table, its attendance recorded: the first present, the others absent. */
    private MeetingView heldWithAttendance(Scene scene) {
        MeetingView past = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Registrata", today().minusDays(3), LocalTime.of(9, 0), LocalTime.of(11, 0))));
        List<AttendanceForm.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < scene.organizations().size(); i++) {
            lines.add(new AttendanceForm.Line(
                    scene.organizations().get(i), i == 0 ? AttendanceMark.REPRESENTATIVE : AttendanceMark.ABSENT));
        }
        scenario.editor(
                scene.district(),
                () -> register.recordAttendance(
                        past.id(), new AttendanceForm(lines, List.of(new Guest("Ospite", "Ente")))));
        return past;
    }

    @Test
    void anAttendanceBodyWithoutItsLinesIsA400NamingTheFieldAndErasesNothing() throws Exception {
        Scene scene = scenario.scene(2);
        MeetingView past = heldWithAttendance(scene);
        ApiClient editor = fixtures.api(scene.district().editor());

        // no lines at all: the body is malformed
        for (String body : List.of("{}", "{\"lines\":null,\"guests\":[]}")) {
            editor.put("/api/v1/meetings/{id}/attendance", body, past.id())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("lines"));
        }
        // an empty sheet for a table with members: clearing is its own action, not a PUT
        editor.put("/api/v1/meetings/{id}/attendance", "{\"lines\":[]}", past.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        AttendanceSheet kept = register.attendance(past.id());
        assertThat(kept.recorded()).isTrue();
        assertThat(kept.lines()).extracting(AttendanceSheet.Line::mark).doesNotContainNull();
        assertThat(kept.guests()).hasSize(1);
    }

    @Test
    void clearingTheAttendanceIsItsOwnActionAndTheMeetingThenCountsAsNotRecorded() throws Exception {
        Scene scene = scenario.scene(2);
        MeetingView past = heldWithAttendance(scene);
        ParticipationReport.SeatRate before =
                register.participation(scene.planId()).seats().get(0);
        assertThat(before.notRecorded()).isZero();

        fixtures.api(scene.district().viewer())
                .delete("/api/v1/meetings/{id}/attendance", past.id())
                .andExpect(status().isForbidden());
        fixtures.api(scene.district().editor())
                .delete("/api/v1/meetings/{id}/attendance", past.id())
                .andExpect(status().isNoContent());

        AttendanceSheet cleared = register.attendance(past.id());
        assertThat(cleared.recorded()).isFalse();
        assertThat(cleared.guests()).isEmpty();
        assertThat(cleared.meeting().status()).isEqualTo(MeetingStatus.HELD);
        ParticipationReport report = register.participation(scene.planId());
        assertThat(report.tables()).singleElement().satisfies(t -> {
            assertThat(t.meetingsHeld()).isEqualTo(1);
            assertThat(t.meetingsNotRecorded()).isEqualTo(1);
            assertThat(t.notRecorded()).isEqualTo(2);
            assertThat(t.rate()).isNull();
        });
        assertThat(report.seats()).allSatisfy(seat -> {
            assertThat(seat.notRecorded()).isEqualTo(1);
            assertThat(seat.present() + seat.excused() + seat.absent() + seat.notRecorded())
                    .isEqualTo(seat.held());
        });
        fixtures.anonymousApi()
                .get("/api/v1/plans/{id}/participation", scene.planId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].meetingsNotRecorded").value(1))
                .andExpect(jsonPath("$.seats[0].notRecorded").value(1))
                .andExpect(jsonPath("$.people[0].person").value("Rappresentante"));
    }

    @Test
    void theOfficeClearsTheAttendanceFromAConfirmationPage() {
        Scene scene = scenario.scene(1);
        MeetingView past = heldWithAttendance(scene);
        WebClient editor = fixtures.signIn(scene.district().editor());
        org.jsoup.nodes.Document meetingPage = editor.open("/meetings/" + past.id());
        assertThat(meetingPage.select("a[href$=/attendance/clear]")).hasSize(1);

        org.jsoup.nodes.Document confirm = editor.open("/meetings/" + past.id() + "/attendance/clear");
        assertThat(confirm.select("h1").text()).contains("Registrata");
        assertThat(register.attendance(past.id()).recorded()).isTrue();
        editor.submit(confirm, "main form", java.util.Map.of());

        assertThat(register.attendance(past.id()).recorded()).isFalse();
        org.jsoup.nodes.Document participation = editor.open("/plans/" + scene.planId() + "/participation");
        assertThat(participation.text()).contains("Non registrate").contains("Partecipazione per persona");
        assertThat(editor.open("/meetings/" + past.id()).select("a[href$=/attendance/clear]"))
                .isEmpty();
    }

    @Test
    void aPastMeetingNobodyRecordedSaysItIsToBeRecordedAndTheOfficeIsTold() {
        Scene scene = scenario.scene(1);
        String title = "Dimenticata " + Fixtures.unique();
        MeetingView forgotten = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(), form(title, today().minusDays(10), LocalTime.of(9, 0), LocalTime.of(11, 0))));
        MeetingView coming = scenario.editor(
                scene.district(),
                () -> meetings.schedule(
                        scene.tableId(),
                        form("Prossima", today().plusDays(10), LocalTime.of(9, 0), LocalTime.of(11, 0))));
        assertThat(meetings.get(forgotten.id()).status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meetings.get(forgotten.id()).toBeRecorded()).isTrue();
        assertThat(meetings.get(coming.id()).toBeRecorded()).isFalse();

        WebClient anonymous = new WebClient(mvc);
        assertThat(anonymous
                        .open("/meetings/" + forgotten.id())
                        .select("main dl")
                        .text())
                .contains("Da registrare")
                .doesNotContain("Convocata");
        assertThat(anonymous.open("/tables/" + scene.tableId() + "/meetings").text())
                .contains("Da registrare");

        WebClient office = fixtures.signIn(scene.district().editor());
        org.jsoup.select.Elements todo = office.open("/dashboard").select("#to-be-recorded + p + div table");
        assertThat(todo.text()).contains(title).doesNotContain("Prossima");

        scenario.editor(scene.district(), () -> meetings.cancel(forgotten.id()));
        assertThat(meetings.get(forgotten.id()).toBeRecorded()).isFalse();
        assertThat(office.open("/dashboard").text()).doesNotContain(title);
    }

    @Test
    void theCalendarWritesYearsWithoutAThousandsSeparator() {
        Scene scene = scenario.scene(0);
        int year = today().getYear();
        WebClient editor = fixtures.signIn(scene.district().editor());
        org.jsoup.nodes.Document page = editor.open("/plans/" + scene.planId() + "/calendar?month=" + year + "-03");
        assertThat(page.select("caption").text()).contains(Integer.toString(year));
        assertThat(page.select("main").text())
                .doesNotContain(String.format(java.util.Locale.ITALIAN, "%,d", year))
                .contains("febbraio " + year)
                .contains("aprile " + year);
    }
}
