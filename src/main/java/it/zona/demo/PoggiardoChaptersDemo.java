package it.zona.demo;

import it.zona.plan.SectionForm;
import it.zona.plan.SectionKind;
import it.zona.plan.SectionRegistry;
import it.zona.plan.SectionView;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The chapters of text of the demo plan 2024-2026, plausible but fictitious, written while drafting. */
@Component
class PoggiardoChaptersDemo {

    private static final Map<SectionKind, String> TEXTS = Map.of(
            SectionKind.CONTEXT,
            """
            L'Ambito territoriale sociale di Poggiardo riunisce 15 comuni del Salento sud-orientale, con \
            41.954 abitanti (Fonte Istat). È un territorio di piccoli comuni, con una popolazione che invecchia \
            più in fretta della media regionale e giovani che partono per studio e lavoro.

            I dati raccolti dall'Ufficio di Piano mostrano tre tendenze: aumentano gli anziani che vivono soli, \
            crescono le famiglie con minori seguite dal servizio sociale, e la povertà riguarda sempre più \
            spesso famiglie in cui almeno una persona lavora (dati fittizi).""",
            SectionKind.PREVIOUS_RESULTS,
            """
            Il Piano 2022-2023 ha consolidato il servizio sociale professionale e il segretariato sociale in \
            tutti i comuni, avviato il pronto intervento sociale e sperimentato i titoli sociali per i servizi \
            per l'infanzia.

            Sono rimasti indietro l'assistenza domiciliare, per la difficoltà di reclutare operatori, e il \
            trasporto sociale nei comuni più piccoli: il nuovo piano ne fa due priorità (dati fittizi).""",
            SectionKind.SERVICE_INTEGRATION,
            """
            I servizi dell'Ambito si integrano attraverso la Porta Unica di Accesso, la valutazione \
            multidimensionale e il progetto personalizzato, che accompagna la persona tra servizi sociali, \
            sanitari, educativi e del lavoro.

            Un'unica cartella sociale informatizzata, condivisa dagli assistenti sociali dei 15 comuni, evita \
            che la persona debba raccontare la propria storia più volte.""",
            SectionKind.PUBLIC_COLLABORATION,
            """
            I comuni, il Distretto socio-sanitario, i centri per l'impiego, le scuole e l'ufficio esecuzione \
            penale esterna collaborano con protocolli d'intesa rinnovati all'avvio del piano.

            Ogni protocollo nomina un referente per ente e prevede incontri trimestrali di verifica.""",
            SectionKind.HEALTH_CONCERTATION,
            """
            Il piano è stato concertato con la ASL di Lecce e con il Distretto socio-sanitario di Poggiardo nei \
            tavoli tematici e in tre incontri dedicati all'integrazione socio-sanitaria.

            Sono comuni le Unità di Valutazione Multidimensionale, l'assistenza domiciliare integrata e i \
            percorsi per la salute mentale; la ripartizione dei costi segue l'accordo di programma.""",
            SectionKind.INFORMATION_SYSTEM,
            """
            I dati dei servizi sono raccolti nella cartella sociale dell'Ambito e trasmessi al Sistema \
            informativo dell'offerta dei servizi sociali (SIOSS) e al Sistema informativo unitario dei servizi \
            sociali (SIUSS) con le scadenze nazionali.

            L'Ufficio di Piano pubblica ogni anno un rapporto di monitoraggio con gli indicatori di attività e \
            di spesa degli interventi.""");

    private final SectionRegistry sections;

    PoggiardoChaptersDemo(SectionRegistry sections) {
        this.sections = sections;
    }

    void write(long planId) {
        for (SectionView section : sections.list(planId)) {
            String text = TEXTS.get(section.kind());
            if (text != null) {
                sections.update(
                        planId,
                        section.id(),
                        new SectionForm(section.title(), text, section.version()),
                        section.version(),
                        null);
            }
        }
    }
}
