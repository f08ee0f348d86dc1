package it.zona.demo;

import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingStatus;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.minutes.ApprovalForm;
import it.zona.participation.minutes.CirculateForm;
import it.zona.participation.minutes.MinutesForm;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.minutes.MinutesView;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The minutes of the demo's held meetings: each meeting's minutes approved at the table's next
 * meeting, those of the first table's third meeting corrected by a second version, and the last
 * meeting's minutes circulated to the members, awaiting their remarks. Names are fictitious.
 */
@Component
class PoggiardoMinutesDemo {

    private final PlanRegistry plans;
    private final TableRegistry tables;
    private final MeetingRegistry meetings;
    private final MinutesRegistry minutes;
    private final Clock clock;

    PoggiardoMinutesDemo(
            PlanRegistry plans, TableRegistry tables, MeetingRegistry meetings, MinutesRegistry minutes, Clock clock) {
        this.plans = plans;
        this.tables = tables;
        this.meetings = meetings;
        this.minutes = minutes;
        this.clock = clock;
    }

    void load() {
        PlanSummary plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024 && p.lastYear() == 2026)
                .findFirst()
                .orElseThrow();
        List<TableView> planTables = tables.list(plan.id());
        for (int t = 0; t < planTables.size(); t++) {
            TableView table = planTables.get(t);
            List<MeetingView> held = meetings.forTable(table.id()).stream()
                    .filter(m -> m.status() == MeetingStatus.HELD)
                    .toList();
            minutesOf(table, held, t == 0);
        }
    }

    private void minutesOf(TableView table, List<MeetingView> held, boolean correctOne) {
        for (int i = 0; i < held.size(); i++) {
            MeetingView meeting = held.get(i);
            MinutesView draft = minutes.draft(meeting.id(), form(table, meeting, i));
            boolean last = i == held.size() - 1;
            MeetingView next = last ? null : held.get(i + 1);
            if (last || !next.date().isAfter(meeting.date())) {
                minutes.circulate(draft.id(), new CirculateForm(today().plusDays(10)));
                continue;
            }
            minutes.circulate(draft.id(), new CirculateForm(today()));
            MinutesView approved = minutes.approve(draft.id(), new ApprovalForm(next.id(), false, null));
            if (correctOne && i == 2) {
                correct(approved, next);
            }
        }
    }

    /** A member pointed out a wrong figure after approval: version 2 corrects it. */
    private void correct(MinutesView approved, MeetingView at) {
        MinutesView correction = minutes.correct(approved.id());
        minutes.amend(
                correction.id(),
                new MinutesForm(
                        correction.body().replace("circa 40 famiglie", "circa 46 famiglie")
                                + "\n\n*Versione corretta su segnalazione della Caritas interparrocchiale:"
                                + " il numero delle famiglie seguite era stato riportato in modo errato.*",
                        correction.decisions(),
                        correction.version()),
                correction.version());
        minutes.circulate(correction.id(), new CirculateForm(today()));
        minutes.approve(correction.id(), new ApprovalForm(at.id(), false, null));
    }

    private static MinutesForm form(TableView table, MeetingView meeting, int index) {
        String body = switch (index) {
            case 0 -> """
                    ### Apertura
                    Il coordinatore apre l’incontro del %s e presenta il calendario dei lavori \
                    per il Piano sociale di zona dell’Ambito di Poggiardo.

                    ### Analisi dei bisogni
                    I componenti riferiscono le principali criticità osservate nei Comuni dell’Ambito:
                    - l’isolamento delle persone anziane nei centri più piccoli;
                    - la difficoltà dei trasporti verso i servizi del Distretto socio-sanitario;
                    - la richiesta di **sostegno educativo** per le famiglie con minori.

                    La rappresentante dell’ASL propone di incrociare i dati con quelli del Distretto.""".formatted(table.name());
            case 1 -> """
                    ### Approvazione del verbale precedente
                    Il verbale dell’incontro precedente è approvato all’unanimità.

                    ### Analisi dei bisogni
                    Si esaminano le schede raccolte dai Comuni. Emerge la necessità di **rafforzare \
                    l’assistenza domiciliare** e di coordinare meglio gli sportelli di segretariato sociale.

                    *Le associazioni chiedono di essere coinvolte nella co-progettazione.*""";
            case 2 -> """
                    ### Approvazione del verbale precedente
                    Il verbale è approvato senza osservazioni.

                    ### Proposte
                    La Caritas interparrocchiale riferisce di seguire circa 40 famiglie in condizione di \
                    povertà educativa. Il tavolo propone:
                    1. un servizio di doposcuola diffuso in almeno tre Comuni;
                    2. un punto di ascolto presso il Consorzio.""";
            default -> """
                    ### Approvazione del verbale precedente
                    Il verbale è approvato.

                    ### Verifica delle proposte
                    L’Ufficio di Piano illustra come le proposte del tavolo sono state recepite nella \
                    programmazione. I componenti chiedono un aggiornamento semestrale sull’attuazione.""";
        };
        List<String> decisions = switch (index) {
            case 0 -> List.of("Raccogliere entro il mese le schede dei bisogni dei Comuni");
            case 1 ->
                List.of(
                        "Proporre il rafforzamento dell’assistenza domiciliare",
                        "Avviare un gruppo di lavoro sugli sportelli sociali");
            case 2 -> List.of("Inserire il doposcuola diffuso tra le proposte del tavolo");
            default -> List.of("Aggiornare il tavolo sull’attuazione ogni sei mesi");
        };
        return new MinutesForm(body, decisions, null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }
}
