package it.zona.demo;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.participation.meetings.AttendanceForm;
import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.AttendanceRegister;
import it.zona.participation.meetings.Guest;
import it.zona.participation.meetings.MeetingForm;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.programme.Named;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The meetings of the demo plan 2024-2026: for each table, four past meetings held with their
 * attendance (one organisation absent from the last three of the first table, so the office's flag
 * shows), a cancelled one and two still to come; a plenary presentation of the plan. Dates are
 * counted back and forth from the application's clock, so the demo always has meetings to come,
 * and kept within the plan's years. Names, people and addresses are fictitious.
 */
@Component
class PoggiardoMeetingsDemo {

    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    private static final String PLACE = "Sala riunioni del Consorzio, Poggiardo (fittizia)";

    private final PlanRegistry plans;
    private final TableRegistry tables;
    private final TableMembership membership;
    private final MeetingRegistry meetings;
    private final AttendanceRegister register;
    private final OrganizationRegistry organizations;
    private final Clock clock;

    PoggiardoMeetingsDemo(
            PlanRegistry plans,
            TableRegistry tables,
            TableMembership membership,
            MeetingRegistry meetings,
            AttendanceRegister register,
            OrganizationRegistry organizations,
            Clock clock) {
        this.plans = plans;
        this.tables = tables;
        this.membership = membership;
        this.meetings = meetings;
        this.register = register;
        this.organizations = organizations;
        this.clock = clock;
    }

    void load() {
        PlanSummary plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024 && p.lastYear() == 2026)
                .findFirst()
                .orElseThrow();
        LocalDate first = LocalDate.of(plan.firstYear(), 1, 1);
        LocalDate last = LocalDate.of(plan.lastYear(), 12, 31);
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        List<TableView> planTables = tablesOf(plan.id());

        meetings.schedulePlenary(
                plan.id(),
                new MeetingForm(
                        "Presentazione pubblica del Piano sociale di zona 2024-2026",
                        LocalDate.of(2024, 2, 15),
                        LocalTime.of(17, 30),
                        SEVEN_PM,
                        "Palazzo Guarini, Poggiardo",
                        null,
                        List.of(
                                "Saluti dei Sindaci dell’Ambito",
                                "I dati del territorio e i bisogni emersi",
                                "Il calendario dei tavoli tematici",
                                "Interventi del pubblico"),
                        null));
        meetings.schedulePlenary(
                plan.id(),
                new MeetingForm(
                        "Assemblea plenaria di verifica del Piano",
                        clamp(today.plusDays(28), first, last),
                        FIVE_PM,
                        SEVEN_PM,
                        "Palazzo Guarini, Poggiardo",
                        "https://meet.esempio.invalid/poggiardo-plenaria",
                        List.of("Stato di attuazione degli interventi", "Proposte dei tavoli"),
                        null));

        for (int t = 0; t < planTables.size(); t++) {
            TableView table = planTables.get(t);
            List<TableMemberView> seated = membership.members(table.id());
            List<MeetingView> held = new ArrayList<>();
            for (int i = 4; i >= 1; i--) {
                LocalDate day = clamp(today.minusDays(35L * i + 7L * t), first, last);
                held.add(meetings.schedule(
                        table.id(),
                        new MeetingForm(
                                "Incontro " + (5 - i) + " del tavolo",
                                day,
                                FIVE_PM,
                                SEVEN_PM,
                                PLACE,
                                null,
                                List.of("Approvazione del verbale precedente", "Analisi dei bisogni", "Varie"),
                                null)));
            }
            for (int i = 0; i < held.size(); i++) {
                List<AttendanceForm.Line> lines = new ArrayList<>();
                for (int o = 0; o < seated.size(); o++) {
                    if (seated.get(o).joinedOn().isAfter(held.get(i).date())) {
                        continue; // joined through the call for nominations, after this meeting
                    }
                    AttendanceMark mark = mark(t, i, o);
                    if (mark == AttendanceMark.SUBSTITUTE && seated.get(o).substitute() == null) {
                        mark = AttendanceMark.REPRESENTATIVE;
                    }
                    lines.add(
                            new AttendanceForm.Line(seated.get(o).organization().id(), mark));
                }
                register.recordAttendance(
                        held.get(i).id(),
                        new AttendanceForm(
                                lines,
                                i == 0
                                        ? List.of(new Guest(
                                                "Dott.ssa Lucia Martella (fittizia)", "Università del Salento"))
                                        : List.of()));
            }
            MeetingView called = meetings.schedule(
                    table.id(),
                    new MeetingForm(
                            "Incontro straordinario del tavolo",
                            clamp(today.minusDays(10 + t), first, last),
                            FIVE_PM,
                            SEVEN_PM,
                            PLACE,
                            null,
                            List.of("Proposte per l’anno successivo"),
                            null));
            meetings.cancel(called.id());
            if (t == 0) {
                // held, but the office has not yet written down who came: "attendance not recorded"
                MeetingView unrecorded = meetings.schedule(
                        table.id(),
                        new MeetingForm(
                                "Incontro di lavoro del tavolo",
                                clamp(today.minusDays(3), first, last),
                                FIVE_PM,
                                SEVEN_PM,
                                PLACE,
                                null,
                                List.of("Prime proposte per la prossima annualità"),
                                null));
                meetings.markHeld(unrecorded.id());
            }
            for (int days : new int[] {7 + 2 * t, 21 + 2 * t}) {
                LocalDate day = today.plusDays(days);
                if (!day.isAfter(last)) {
                    meetings.schedule(
                            table.id(),
                            new MeetingForm(
                                    "Prossimo incontro del tavolo",
                                    day,
                                    FIVE_PM,
                                    SEVEN_PM,
                                    PLACE,
                                    "https://meet.esempio.invalid/poggiardo-tavolo-" + (t + 1),
                                    List.of("Monitoraggio degli interventi", "Priorità per la prossima annualità"),
                                    null));
                }
            }
        }
    }

    /**
     * Varied attendance: mostly present, sometimes the substitute, an excuse now and then; the
     * second organisation of the first table misses the last three meetings without excuse.
     */
    private static AttendanceMark mark(int table, int meeting, int organization) {
        if (table == 0 && organization == 1 && meeting >= 1) {
            return AttendanceMark.ABSENT;
        }
        return switch ((meeting + organization + table) % 5) {
            case 1 -> AttendanceMark.SUBSTITUTE;
            case 3 -> organization % 2 == 1 ? AttendanceMark.EXCUSED : AttendanceMark.REPRESENTATIVE;
            default -> AttendanceMark.REPRESENTATIVE;
        };
    }

    /**
     * The plan's tables; until the tables demo is there, two tables created here with members
     * seated since the plan's first months.
     */
    private List<TableView> tablesOf(long planId) {
        List<TableView> existing = tables.list(planId);
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Named> areas = tables.areas(planId);
        Map<String, Long> organization = organizations.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(OrganizationView::name, OrganizationView::id));
        TableView elderly = tables.create(
                planId,
                new TableForm(
                        "Tavolo anziani e non autosufficienza",
                        TableKind.PERMANENT,
                        "Tavolo tematico sugli anziani e sulla non autosufficienza (dati dimostrativi).",
                        List.of(area(areas, "Anziani")),
                        null,
                        null));
        TableView families = tables.create(
                planId,
                new TableForm(
                        "Tavolo famiglie e minori",
                        TableKind.PERMANENT,
                        "Tavolo tematico su famiglie, minori e scuola (dati dimostrativi).",
                        List.of(area(areas, "Famiglia e minori")),
                        null,
                        null));
        LocalDate since = LocalDate.of(2024, 1, 15);
        seat(
                elderly,
                organization.get("ASL Lecce – Distretto socio-sanitario di Poggiardo"),
                "Giovanni Perrone",
                "Chiara Stefanelli",
                since);
        seat(
                elderly,
                organization.get("Associazione Anziani Attivi del Capo (fittizia)"),
                "Rosa Lecciso",
                "Antonio Nuzzo",
                since);
        seat(
                elderly,
                organization.get("Sindacato pensionati del Capo di Leuca (fittizio)"),
                "Luigi Carluccio",
                null,
                since);
        seat(
                families,
                organization.get("Cooperativa sociale Il Melograno (fittizia)"),
                "Serena Greco",
                "Davide Longo",
                since);
        seat(
                families,
                organization.get("Istituto comprensivo di Poggiardo (fittizio)"),
                "Maria De Pascalis",
                null,
                since);
        seat(
                families,
                organization.get("Associazione di volontariato Mani Aperte (fittizia)"),
                "Francesca Rizzo",
                "Paolo Vetrugno",
                since);
        return tables.list(planId);
    }

    private void seat(TableView table, Long organizationId, String representative, String substitute, LocalDate since) {
        String slug = representative.toLowerCase().replace(' ', '.');
        String substituteMail =
                substitute == null ? null : substitute.toLowerCase().replace(' ', '.') + "@esempio.invalid";
        membership.seatSince(
                table.id(),
                new MemberForm(
                        organizationId,
                        representative + " (fittizio)",
                        null,
                        slug + "@esempio.invalid",
                        null,
                        substitute == null ? null : substitute + " (fittizio)",
                        null,
                        substituteMail,
                        null,
                        null),
                since);
    }

    private static long area(List<Named> areas, String name) {
        return areas.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElse(areas.get(0))
                .id();
    }

    private static LocalDate clamp(LocalDate day, LocalDate first, LocalDate last) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }
}
