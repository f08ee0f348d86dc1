package it.zona.participation.minutes;

import static it.zona.participation.meetings.MeetingScenario.form;
import static it.zona.participation.meetings.MeetingScenario.today;

import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.participation.meetings.AttendanceForm;
import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.AttendanceRegister;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingScenario;
import it.zona.participation.meetings.MeetingScenario.Scene;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.tables.CoordinatorForm;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Held meetings of a table, their minutes, and accounts of the people seated there. */
@TestComponent
class MinutesScenario {

    private final MeetingScenario meetings;
    private final MeetingRegistry registry;
    private final AttendanceRegister register;
    private final MinutesRegistry minutes;
    private final TableRegistry tables;
    private final PersonRegistry people;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    MinutesScenario(
            MeetingScenario meetings,
            MeetingRegistry registry,
            AttendanceRegister register,
            MinutesRegistry minutes,
            TableRegistry tables,
            PersonRegistry people,
            Fixtures fixtures,
            JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.registry = registry;
        this.register = register;
        this.minutes = minutes;
        this.tables = tables;
        this.people = people;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    Scene scene() {
        return meetings.scene(2);
    }

    /** A meeting of the table held {@code daysAgo} days ago, its attendance recorded. */
    MeetingView held(Scene scene, int daysAgo) {
        return meetings.editor(scene.district(), () -> {
            MeetingView meeting = registry.schedule(
                    scene.tableId(),
                    form(
                            "Riunione " + Fixtures.unique(),
                            today().minusDays(daysAgo),
                            LocalTime.of(9, 0),
                            LocalTime.of(11, 0)));
            register.recordAttendance(
                    meeting.id(),
                    new AttendanceForm(
                            List.of(
                                    new AttendanceForm.Line(
                                            scene.organizations().get(0), AttendanceMark.REPRESENTATIVE),
                                    new AttendanceForm.Line(
                                            scene.organizations().get(1), AttendanceMark.EXCUSED)),
                            List.of()));
            return registry.get(meeting.id());
        });
    }

    /** A plenary meeting of the plan held {@code daysAgo} days ago, its attendance recorded. */
    MeetingView heldPlenary(Scene scene, int daysAgo) {
        return meetings.editor(scene.district(), () -> {
            MeetingView meeting = registry.schedulePlenary(
                    scene.planId(),
                    form(
                            "Plenaria " + Fixtures.unique(),
                            today().minusDays(daysAgo),
                            LocalTime.of(9, 0),
                            LocalTime.of(11, 0)));
            register.recordAttendance(
                    meeting.id(),
                    new AttendanceForm(
                            List.of(new AttendanceForm.Line(
                                    scene.organizations().get(0), AttendanceMark.SUBSTITUTE)),
                            List.of()));
            return registry.get(meeting.id());
        });
    }

    MinutesView draft(Scene scene, long meetingId) {
        return meetings.editor(
                scene.district(),
                () -> minutes.draft(
                        meetingId,
                        new MinutesForm(
                                "Il tavolo ha discusso **l’assistenza domiciliare**.\n\n- punto uno\n- punto due",
                                List.of("Avviare la co-progettazione", "Rivedere i criteri"),
                                null)));
    }

    MinutesView circulated(Scene scene, long meetingId) {
        MinutesView draft = draft(scene, meetingId);
        return meetings.editor(
                scene.district(), () -> minutes.circulate(draft.id(), new CirculateForm(today().plusDays(10))));
    }

    MinutesView approved(Scene scene, long meetingId, long atMeetingId) {
        MinutesView circulated = circulated(scene, meetingId);
        return meetings.editor(
                scene.district(), () -> minutes.approve(circulated.id(), new ApprovalForm(atMeetingId, false, null)));
    }

    /** An account with no District role whose e-mail is the one a seat was registered under. */
    /**
     * A representative's account at {@code email}, its address proven as if its first password had
     * gone there (RepresentativeTest follows that mail itself).
     */
    Staff account(String email) {
        Staff account = fixtures.accountWithoutRoles();
        jdbc.update(
                "update account set email = ?, email_confirmed = true where username = ?", email, account.username());
        return account;
    }

    void appointCoordinator(Scene scene) {
        meetings.editor(scene.district(), () -> {
            long person = people.create(
                            scene.district().slug(),
                            new PersonForm("Maria", "Coordinatrice", null, null, null, null, null, null, null))
                    .id();
            return tables.appointCoordinator(scene.planId(), new CoordinatorForm(person, null));
        });
    }

    <T> T editor(Scene scene, java.util.function.Supplier<T> work) {
        return meetings.editor(scene.district(), work);
    }
}
