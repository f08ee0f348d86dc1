package it.zona.demo;

import it.zona.demo.NationalDistrict.Body;
import it.zona.organization.OrganizationType;
import it.zona.participation.meetings.AttendanceForm;
import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.AttendanceRegister;
import it.zona.participation.meetings.Guest;
import it.zona.participation.meetings.MeetingForm;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.minutes.ApprovalForm;
import it.zona.participation.minutes.CirculateForm;
import it.zona.participation.minutes.MinutesForm;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.minutes.MinutesView;
import it.zona.participation.tables.CoordinatorForm;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The thematic tables of a generated plan, three to five, with one coordinator for all: the health
 * authority and a few third-sector bodies, schools and unions seated at each since January 2025;
 * three to six meetings of each table in 2025, the first ones held with their attendance and the
 * others cancelled; the plan's public presentation; and, for one or two of each table's held
 * meetings, minutes approved at the table's next meeting.
 *
 * <p>Members are seated without e-mail addresses, so that nothing is ever sent to invented people;
 * every meeting is in the past, so none is announced. The one date taken from the clock is the
 * minutes' remarks deadline, which the rules want no earlier than the day they are circulated.
 */
@Component
class NationalTables {

    private static final String PLENARY = "Presentazione pubblica del Piano sociale di zona %d-%d"
            .formatted(NationalDistrict.FIRST_YEAR, NationalDistrict.LAST_YEAR);
    private static final LocalDate SEATED_FROM = LocalDate.of(NationalDistrict.FIRST_YEAR, 1, 13);
    private static final LocalDate MEETINGS_FROM = LocalDate.of(NationalDistrict.FIRST_YEAR, 3, 3);
    private static final List<LocalTime[]> HOURS = List.of(
            new LocalTime[] {LocalTime.of(17, 0), LocalTime.of(19, 0)},
            new LocalTime[] {LocalTime.of(9, 30), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(15, 0), LocalTime.of(17, 0)});
    private static final List<String> AGENDA = List.of(
            "Approvazione del verbale precedente",
            "Lettura dei bisogni del territorio",
            "Stato di attuazione degli interventi",
            "Proposte per la prossima annualità",
            "Coprogettazione con il terzo settore",
            "Varie ed eventuali");
    private static final List<String> ROLES =
            List.of("Presidente", "Referente", "Coordinatrice dei servizi", "Volontario", "Educatrice");

    private final TableRegistry tables;
    private final TableMembership membership;
    private final MeetingRegistry meetings;
    private final AttendanceRegister register;
    private final MinutesRegistry minutes;
    private final DemoForms forms;
    private final WrittenEntities written;
    private final Clock clock;

    NationalTables(
            TableRegistry tables,
            TableMembership membership,
            MeetingRegistry meetings,
            AttendanceRegister register,
            MinutesRegistry minutes,
            DemoForms forms,
            WrittenEntities written,
            Clock clock) {
        this.tables = tables;
        this.membership = membership;
        this.meetings = meetings;
        this.register = register;
        this.minutes = minutes;
        this.forms = forms;
        this.written = written;
        this.clock = clock;
    }

    /** A seat as written: the organisation, and whether it named a substitute. */
    private record Seat(long organizationId, boolean substitute) {}

    void write(NationalDistrict district) {
        tables.appointCoordinator(district.planId, forms.valid(new CoordinatorForm(district.coordinator, null)));
        plenary(district);
        Body health = district.bodiesOf(OrganizationType.HEALTH_AUTHORITY).get(0);
        List<Body> candidates = district.bodiesOf(
                OrganizationType.SOCIAL_COOPERATIVE,
                OrganizationType.VOLUNTEER_ORGANIZATION,
                OrganizationType.ASSOCIATION,
                OrganizationType.FOUNDATION,
                OrganizationType.RELIGIOUS_BODY,
                OrganizationType.SCHOOL,
                OrganizationType.TRADE_UNION);
        List<NationalNames.Table> chosen = district.some(NationalNames.TABLES, district.between(3, 5));
        for (int t = 0; t < chosen.size(); t++) {
            NationalNames.Table kind = chosen.get(t);
            long tableId = tables.create(
                            district.planId,
                            forms.valid(new TableForm(
                                    kind.name(),
                                    t == chosen.size() - 1 && district.chance(30)
                                            ? TableKind.TEMPORARY
                                            : TableKind.PERMANENT,
                                    kind.purpose(),
                                    kind.areas().stream()
                                            .map(district.areaIds::get)
                                            .toList(),
                                    district.pick(district.liaisons),
                                    null)))
                    .id();
            LocalDate since = SEATED_FROM.plusDays(district.between(0, 20));
            List<Seat> seats = new ArrayList<>();
            seats.add(seat(district, tableId, health, since));
            for (Body body : district.some(candidates, district.between(3, 7))) {
                seats.add(seat(district, tableId, body, since));
            }
            meetings(district, tableId, t + 1, seats, MEETINGS_FROM.plusDays(district.between(0, 21) + 7L * t));
            written.release();
        }
    }

    private void plenary(NationalDistrict district) {
        MeetingView presentation = meetings.schedulePlenary(
                district.planId,
                forms.valid(new MeetingForm(
                        PLENARY,
                        LocalDate.of(NationalDistrict.FIRST_YEAR, 2, 3).plusDays(district.between(0, 20)),
                        LocalTime.of(17, 30),
                        LocalTime.of(19, 30),
                        "Sala consiliare del Comune di " + district.lead().name(),
                        null,
                        List.of(
                                "Saluti dei Sindaci dell’Ambito",
                                "I bisogni emersi e gli obiettivi del piano",
                                "Interventi del pubblico"),
                        null)));
        meetings.markHeld(presentation.id());
    }

    private Seat seat(NationalDistrict district, long tableId, Body body, LocalDate since) {
        boolean substitute = district.chance(60);
        membership.seatSince(
                tableId,
                forms.valid(new MemberForm(
                        body.id(),
                        person(district),
                        body.type() == OrganizationType.HEALTH_AUTHORITY
                                ? "Dirigente del distretto socio-sanitario"
                                : district.pick(ROLES),
                        null,
                        null,
                        substitute ? person(district) : null,
                        null,
                        null,
                        null,
                        null)),
                since);
        return new Seat(body.id(), substitute);
    }

    private static String person(NationalDistrict district) {
        return district.pick(NationalNames.GIVEN_NAMES) + " " + district.pick(NationalNames.FAMILY_NAMES)
                + " (persona fittizia)";
    }

    /** The table's meetings some weeks apart: the first ones held, with attendance, the rest called off. */
    private void meetings(NationalDistrict district, long tableId, int number, List<Seat> seats, LocalDate first) {
        int count = district.between(3, 6);
        int heldCount = district.between(2, count);
        LocalTime[] hours = district.pick(HOURS);
        boolean online = district.chance(25);
        List<MeetingView> held = new ArrayList<>();
        LocalDate day = first;
        for (int i = 0; i < count && !day.isAfter(NationalDistrict.LAST_DAY); i++) {
            MeetingView meeting = meetings.schedule(
                    tableId,
                    forms.valid(new MeetingForm(
                            "Incontro " + (i + 1) + " del tavolo",
                            day,
                            hours[0],
                            hours[1],
                            "Sala riunioni del Comune di " + district.lead().name(),
                            online ? "https://meet.esempio.invalid/" + district.slug() + "-tavolo-" + number : null,
                            district.some(AGENDA, district.between(2, 4)),
                            null)));
            if (i < heldCount) {
                attendance(district, meeting, seats);
                held.add(meeting);
            } else {
                meetings.cancel(meeting.id());
            }
            day = day.plusWeeks(district.between(5, 8));
        }
        minutes(district, held, district.between(1, 2));
    }

    private void attendance(NationalDistrict district, MeetingView meeting, List<Seat> seats) {
        List<AttendanceForm.Line> lines = new ArrayList<>();
        for (Seat seat : seats) {
            int draw = district.random.nextInt(100);
            AttendanceMark mark = draw < 70
                    ? AttendanceMark.REPRESENTATIVE
                    : draw < 82
                            ? (seat.substitute() ? AttendanceMark.SUBSTITUTE : AttendanceMark.REPRESENTATIVE)
                            : draw < 92 ? AttendanceMark.EXCUSED : AttendanceMark.ABSENT;
            lines.add(new AttendanceForm.Line(seat.organizationId(), mark));
        }
        List<Guest> guests = district.chance(20)
                ? List.of(new Guest(person(district), "Università degli studi (fittizia)"))
                : List.of();
        register.recordAttendance(meeting.id(), forms.valid(new AttendanceForm(lines, guests)));
    }

    /** The minutes of the first held meetings, each approved at the table's next held meeting. */
    private void minutes(NationalDistrict district, List<MeetingView> held, int approved) {
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        for (int i = 0; i < approved && i + 1 < held.size(); i++) {
            MeetingView meeting = held.get(i);
            MinutesView draft = minutes.draft(
                    meeting.id(),
                    forms.valid(new MinutesForm(
                            """
                            ### Apertura
                            Il coordinatore apre l’incontro del %s e ricorda l’ordine del giorno.

                            ### Discussione
                            I componenti riferiscono sui bisogni osservati nei Comuni dell’Ambito di %s e \
                            sull’andamento degli interventi; il tavolo raccoglie le proposte per la prossima \
                            annualità.

                            *Verbale di fantasia, generato per provare Zona.*""".formatted(meeting.tableName(), district.lead().name()),
                            district.some(
                                    List.of(
                                            "Raccogliere entro il mese le schede dei bisogni dei Comuni",
                                            "Proporre il rafforzamento dei servizi domiciliari",
                                            "Aggiornare il tavolo sull’attuazione ogni sei mesi"),
                                    district.between(1, 2)),
                            null)));
            minutes.circulate(draft.id(), forms.valid(new CirculateForm(today)));
            minutes.approve(
                    draft.id(), forms.valid(new ApprovalForm(held.get(i + 1).id(), false, null)));
        }
    }
}
