package it.zona.demo;

import it.zona.participation.contributions.HeardNeedForm;
import it.zona.participation.contributions.HeardNeedRegistry;
import it.zona.participation.contributions.HeardNeedView;
import it.zona.participation.contributions.OutcomeForm;
import it.zona.participation.contributions.ProgressNoteForm;
import it.zona.participation.contributions.ProgressRegistry;
import it.zona.participation.contributions.ProgressStatus;
import it.zona.participation.contributions.ProposalForm;
import it.zona.participation.contributions.ProposalOutcome;
import it.zona.participation.contributions.ProposalRegistry;
import it.zona.participation.contributions.ProposalView;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingStatus;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.programme.InterventionForm;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionStatus;
import it.zona.programme.InterventionType;
import it.zona.programme.Named;
import it.zona.programme.ObjectiveRegistry;
import it.zona.programme.Priority;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the tables of the plan 2024-2026 brought at their last held meetings: needs heard (one taken
 * into the plan's needs analysis), proposals with every kind of outcome (one became an intervention,
 * one merged into the home care service, one not accepted with its reason, one accepted, one still
 * open) and progress notes on the home care interventions. Organisations and facts are fictitious.
 */
@Component
class PoggiardoProposalsDemo {

    private static final String REASON = "Proposta del tavolo accolta nella verifica annuale del Piano";

    private final PlanRegistry plans;
    private final TableRegistry tables;
    private final TableMembership membership;
    private final MeetingRegistry meetings;
    private final HeardNeedRegistry needs;
    private final ProposalRegistry proposals;
    private final ProgressRegistry progress;
    private final ObjectiveRegistry objectives;
    private final InterventionRegistry interventions;

    PoggiardoProposalsDemo(
            PlanRegistry plans,
            TableRegistry tables,
            TableMembership membership,
            MeetingRegistry meetings,
            HeardNeedRegistry needs,
            ProposalRegistry proposals,
            ProgressRegistry progress,
            ObjectiveRegistry objectives,
            InterventionRegistry interventions) {
        this.plans = plans;
        this.tables = tables;
        this.membership = membership;
        this.meetings = meetings;
        this.needs = needs;
        this.proposals = proposals;
        this.progress = progress;
        this.objectives = objectives;
        this.interventions = interventions;
    }

    void load() {
        PlanSummary plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024 && p.lastYear() == 2026)
                .findFirst()
                .orElseThrow();
        for (TableView table : tables.list(plan.id())) {
            if (table.name().startsWith("Tavolo Anziani")) {
                lastHeld(table).ifPresent(meeting -> elderly(plan, table, meeting));
            } else if (table.name().startsWith("Tavolo Famiglia")) {
                lastHeld(table).ifPresent(meeting -> families(table, meeting));
            }
        }
    }

    private void elderly(PlanSummary plan, TableView table, MeetingView meeting) {
        long elderlyArea = area(table, "Anziani");
        long disabledArea = area(table, "Disabili");
        long union = seated(table, meeting, "Sindacato");
        long asl = seated(table, meeting, "ASL");

        HeardNeedView transport = needs.record(
                meeting.id(),
                new HeardNeedForm(
                        elderlyArea,
                        union,
                        "Anziani dei Comuni dell’entroterra senza mezzi per raggiungere i centri diurni",
                        "Le corse degli autobus di linea non coincidono con gli orari dei centri diurni di Poggiardo "
                                + "e Ortelle; molti anziani rinunciano.",
                        null));
        needs.takeIntoPlan(meeting.id(), transport.id(), Priority.HIGH, REASON);
        needs.record(
                meeting.id(),
                new HeardNeedForm(
                        disabledArea,
                        asl,
                        "Giovani caregiver che assistono un genitore con disabilità",
                        "Ragazzi tra i 14 e i 20 anni si occupano di un familiare e faticano a seguire la scuola.",
                        null));

        ProposalView shuttle = record(
                meeting,
                union,
                elderlyArea,
                "Navetta sociale verso i centri diurni",
                "Un servizio di trasporto con volontari e mezzi dei Comuni, due giorni a settimana, dai Comuni "
                        + "dell’entroterra ai centri diurni.");
        proposals.adoptAsIntervention(
                shuttle.id(),
                new InterventionForm(
                        objective(plan, "Contrastare la solitudine e promuovere l’invecchiamento attivo"),
                        null,
                        "Navetta sociale verso i centri diurni",
                        "Trasporto con volontari e mezzi comunali dai Comuni dell’entroterra ai centri diurni.",
                        InterventionType.SERVICE,
                        null,
                        2026,
                        2026,
                        interventions
                                .get(plan.id(), intervention(plan, "Servizio di assistenza domiciliare (SAD)"))
                                .leadOrganization()
                                .id(),
                        List.of(union),
                        true,
                        List.of(),
                        null,
                        InterventionStatus.PLANNED,
                        null),
                REASON);
        ProposalView summer = record(
                meeting,
                asl,
                elderlyArea,
                "Più ore di assistenza domiciliare nei mesi estivi",
                "D’estate le famiglie partono o lavorano nel turismo: gli anziani restano soli più a lungo.");
        proposals.answer(
                summer.id(),
                new OutcomeForm(
                        ProposalOutcome.MERGED,
                        null,
                        intervention(plan, "Servizio di assistenza domiciliare (SAD)"),
                        null,
                        "Le ore estive entrano nella riprogrammazione del SAD per il 2026."));
        ProposalView carers = record(
                meeting,
                union,
                elderlyArea,
                "Buono dell’Ambito per le assistenti familiari regolarmente assunte",
                "Un contributo mensile alle famiglie che assumono con contratto un’assistente familiare.");
        proposals.answer(
                carers.id(),
                new OutcomeForm(
                        ProposalOutcome.NOT_ACCEPTED,
                        null,
                        null,
                        null,
                        "Il contributo è già previsto dall’avviso regionale per l’assistenza familiare: lo sportello "
                                + "dell’Ambito aiuta le famiglie a presentare la domanda."));
        record(
                meeting,
                asl,
                disabledArea,
                "Sportello di ascolto per i giovani caregiver nelle scuole superiori",
                "Uno psicologo del consultorio a scuola una mattina al mese, d’intesa con i dirigenti scolastici.");

        note(
                meeting,
                plan,
                "Servizio di assistenza domiciliare (SAD)",
                ProgressStatus.ON_TRACK,
                "Lista d’attesa azzerata a Poggiardo e Ortelle; restano sei richieste a Castro.");
        note(
                meeting,
                plan,
                "Assistenza domiciliare integrata (ADI) – componente sociale",
                ProgressStatus.DELAYED,
                "Le valutazioni dell’Unità di valutazione multidimensionale slittano di circa tre settimane.");
        note(
                meeting,
                plan,
                "Telesoccorso e teleassistenza",
                ProgressStatus.AT_RISK,
                "Il fornitore ha chiuso il contratto: quaranta apparecchi da sostituire entro l’inverno.");
    }

    private void families(TableView table, MeetingView meeting) {
        long area = area(table, "Famiglia e minori");
        long asl = seated(table, meeting, "ASL");
        ProposalView saturday = record(
                meeting,
                asl,
                area,
                "Incontri per genitori al consultorio il sabato mattina",
                "Molti genitori lavorano nei giorni feriali: il sabato mattina potrebbero partecipare.");
        proposals.answer(
                saturday.id(),
                new OutcomeForm(
                        ProposalOutcome.ACCEPTED,
                        null,
                        null,
                        null,
                        "Il consultorio di Poggiardo apre il sabato mattina per i gruppi di genitori da marzo."));
    }

    private ProposalView record(MeetingView meeting, long organization, long area, String title, String text) {
        return proposals.record(meeting.id(), new ProposalForm(organization, area, title, text, null));
    }

    private void note(
            MeetingView meeting, PlanSummary plan, String intervention, ProgressStatus status, String remarks) {
        progress.record(meeting.id(), new ProgressNoteForm(intervention(plan, intervention), status, remarks, null));
    }

    private Optional<MeetingView> lastHeld(TableView table) {
        List<MeetingView> held = meetings.forTable(table.id()).stream()
                .filter(m -> m.status() == MeetingStatus.HELD)
                .toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }

    private long seated(TableView table, MeetingView meeting, String namePart) {
        return membership.history(table.id()).stream()
                .filter(m -> !m.joinedOn().isAfter(meeting.date()))
                .filter(m -> m.leftOn() == null || m.leftOn().isAfter(meeting.date()))
                .map(TableMemberView::organization)
                .filter(o -> o.name().contains(namePart))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static long area(TableView table, String name) {
        return table.areas().stream()
                .filter(a -> a.name().equals(name))
                .map(Named::id)
                .findFirst()
                .orElseThrow();
    }

    private long objective(PlanSummary plan, String title) {
        return objectives.list(plan.id()).stream()
                .filter(o -> o.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long intervention(PlanSummary plan, String title) {
        return interventions.list(plan.id()).stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
