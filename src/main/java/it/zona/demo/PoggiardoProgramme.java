package it.zona.demo;

import static it.zona.demo.ProgrammeDemo.ANZIANI_ATTIVI;
import static it.zona.demo.ProgrammeDemo.ASL;
import static it.zona.demo.ProgrammeDemo.COMUNE;
import static it.zona.demo.ProgrammeDemo.MANI_APERTE;
import static it.zona.demo.ProgrammeDemo.MELOGRANO;
import static it.zona.demo.ProgrammeDemo.PARROCCHIA;
import static it.zona.demo.ProgrammeDemo.SCUOLA;
import static it.zona.demo.ProgrammeDemo.SINDACATO;
import static it.zona.demo.ProgrammeDemo.evidence;
import static it.zona.programme.HeardAt.DATA;
import static it.zona.programme.HeardAt.OTHER;
import static it.zona.programme.HeardAt.SERVICE;
import static it.zona.programme.HeardAt.THEMATIC_TABLE;
import static it.zona.programme.InterventionStatus.CANCELLED;
import static it.zona.programme.InterventionStatus.COMPLETED;
import static it.zona.programme.InterventionStatus.PLANNED;
import static it.zona.programme.InterventionStatus.SUSPENDED;
import static it.zona.programme.InterventionType.PROJECT;
import static it.zona.programme.InterventionType.SYSTEM_ACTION;
import static it.zona.programme.InterventionType.VOUCHER;
import static it.zona.programme.Priority.HIGH;
import static it.zona.programme.Priority.LOW;
import static it.zona.programme.Priority.MEDIUM;

import org.springframework.stereotype.Component;

/**
 * What the two demo plans of the Ambito di Poggiardo set out to do, area by area: needs, general
 * and yearly objectives, interventions. The services are the usual ones of an Ambito in Puglia; the
 * figures, the partners' roles and the outputs are invented, and the texts say so.
 */
@Component
class PoggiardoProgramme {

    static final String FAMILY = "FAMILY_AND_MINORS";
    static final String DISABILITY = "DISABILITY";
    static final String ADDICTION = "ADDICTION";
    static final String ELDERLY = "ELDERLY";
    static final String IMMIGRANTS = "IMMIGRANTS";
    static final String POVERTY = "POVERTY";
    static final String MENTAL_HEALTH = "MENTAL_HEALTH";
    static final String MULTI_USER = "MULTI_USER";

    private static final String MINORI = "Minori";
    private static final String GIOVANI = "Giovani";
    private static final String FAMIGLIE = "Famiglie";
    private static final String DISABILI = "Persone con disabilità";
    private static final String ANZIANI = "Anziani";
    private static final String DIPENDENZE = "Persone con dipendenze";
    private static final String STRANIERI = "Persone di origine straniera";
    private static final String ADULTI = "Adulti in difficoltà e senza dimora";
    private static final String SALUTE_MENTALE = "Persone con disturbi mentali";
    private static final String TUTTI = "Tutta la popolazione";

    private static final String POGGIARDO = "075061";
    private static final String ANDRANO = "075005";
    private static final String DISO = "075027";
    private static final String ORTELLE = "075056";
    private static final String SANTA_CESAREA = "075072";
    private static final String SPONGANO = "075078";
    private static final String SURANO = "075082";
    private static final String UGGIANO = "075091";
    private static final String CASTRO = "075096";

    private static final String CARTELLA = "Cartella sociale dell’Ambito (dati fittizi)";

    private final ProgrammeDemo demo;

    PoggiardoProgramme(ProgrammeDemo demo) {
        this.demo = demo;
    }

    /** The plan 2024-2026: needs, objectives and interventions in every area. */
    void current(long planId) {
        ProgrammeDemo.Plan plan = demo.plan(planId);
        plan.group(
                "Area Adulti",
                "Raggruppa le aree rivolte agli adulti, come nei piani precedenti dell’Ambito.",
                DISABILITY,
                ADDICTION,
                IMMIGRANTS,
                POVERTY);
        family(plan);
        disability(plan);
        addiction(plan);
        elderly(plan);
        immigrants(plan);
        poverty(plan);
        mentalHealth(plan);
        system(plan);
    }

    private void family(ProgrammeDemo.Plan plan) {
        long fragile = plan.need(
                FAMILY,
                "Famiglie con minori in difficoltà nei compiti educativi",
                "Crescono i nuclei con minori seguiti dal servizio sociale per fragilità educativa, spesso "
                        + "monogenitoriali e con scarsa rete di sostegno.",
                SERVICE,
                "Servizio sociale professionale",
                HIGH,
                evidence("Nuclei con minori in carico al servizio sociale", "312", "nuclei", CARTELLA, 2023),
                evidence("Di cui nuclei monogenitoriali", "118", "nuclei", CARTELLA, 2023));
        long nursery = plan.need(
                FAMILY,
                "Pochi posti nei servizi per la prima infanzia",
                "L’offerta di nidi e sezioni primavera è lontana dall’obiettivo nazionale di 33 posti ogni "
                        + "100 bambini; nei Comuni più piccoli manca del tutto.",
                DATA,
                "Offerta comunale di asili nido",
                HIGH,
                evidence(
                        "Posti nei servizi per la prima infanzia ogni 100 bambini di 0-2 anni",
                        "14.5",
                        "%",
                        "Istat, Offerta di asili nido (dati fittizi)",
                        2022));
        long foster = plan.need(
                FAMILY,
                "Poche famiglie disponibili all’affido",
                "Il tavolo segnala che gli affidamenti sono pochi e quasi solo intrafamiliari.",
                THEMATIC_TABLE,
                "Tavolo famiglia e minori, seduta del 12/10/2023",
                MEDIUM,
                evidence("Minori in affidamento familiare", "9", "minori", CARTELLA, 2023));
        long support = plan.general(
                FAMILY,
                "Sostenere le famiglie nei compiti educativi e di cura",
                "Rafforzare la rete dei servizi per le famiglie con minori, dalla prevenzione alla tutela.",
                fragile,
                foster);
        plan.specific(support, 2024, "Aprire il Centro per le famiglie a Poggiardo", fragile);
        plan.specific(support, 2025, "Seguire almeno 60 nuclei con l’educativa domiciliare", fragile);
        plan.specific(support, 2026, "Formare una rete di almeno 10 famiglie affidatarie", foster);
        long childcare = plan.general(
                FAMILY,
                "Ampliare l’accesso ai servizi per la prima infanzia",
                "Sostenere la domanda delle famiglie con titoli per nidi e sezioni primavera.",
                nursery);
        plan.specific(childcare, 2024, "Erogare i buoni servizio per l’infanzia in tutti i Comuni", nursery);
        plan.specific(childcare, 2025, "Portare al 20% i bambini di 0-2 anni che frequentano un servizio", nursery);

        plan.intervention(support, "Assistenza educativa domiciliare per minori")
                .about("Educatori professionali a casa delle famiglie, su progetto del servizio sociale.")
                .forGroup(MINORI)
                .years(2024, 2026)
                .led(MELOGRANO, COMUNE, SCUOLA)
                .outputs("60 nuclei seguiti ogni anno; 8 ore settimanali per nucleo (valori attesi fittizi).")
                .save();
        plan.intervention(support, "Centro per le famiglie “Il Faro”")
                .about("Consulenza educativa, mediazione familiare, gruppi di genitori.")
                .forGroup(FAMIGLIE)
                .years(2024, 2026)
                .led(COMUNE, MELOGRANO, PARROCCHIA)
                .outputs("Apertura 3 giorni a settimana; 150 famiglie accolte all’anno (dati fittizi).")
                .save();
        plan.intervention(support, "Servizio affido familiare e famiglie solidali")
                .about("Sensibilizzazione, selezione e accompagnamento delle famiglie affidatarie, con l’équipe ASL.")
                .forGroup(MINORI)
                .code("D3")
                .years(2024, 2026)
                .led(COMUNE, ASL, MANI_APERTE)
                .outputs("Una campagna all’anno; 10 famiglie formate entro il 2026.")
                .save();
        plan.intervention(childcare, "Buoni servizio per nidi e sezioni primavera")
                .about("Titoli sociali che abbattono la retta dei servizi per l’infanzia autorizzati.")
                .forGroup(MINORI)
                .type(VOUCHER)
                .years(2024, 2026)
                .led(COMUNE)
                .outputs("120 buoni all’anno (valore atteso fittizio).")
                .save();
        plan.intervention(support, "Ludoteca estiva intercomunale")
                .about("Attività ludiche ed educative nei mesi estivi nei Comuni della costa.")
                .forGroup(MINORI)
                .type(PROJECT)
                .years(2025, 2026)
                .led(PARROCCHIA, MANI_APERTE)
                .in(CASTRO, ANDRANO, DISO, ORTELLE)
                .outputs("8 settimane di apertura; 80 bambini iscritti.")
                .save();
    }

    private void disability(ProgrammeDemo.Plan plan) {
        long school = plan.need(
                DISABILITY,
                "Alunni con disabilità senza assistenza specialistica sufficiente",
                "Le ore di assistenza specialistica non coprono l’orario scolastico di tutti gli alunni certificati.",
                DATA,
                "Dati delle scuole dell’Ambito",
                HIGH,
                evidence(
                        "Alunni con disabilità certificata nelle scuole dell’Ambito",
                        "148",
                        "alunni",
                        "Anagrafe scolastica (dati fittizi)",
                        2023));
        long transport = plan.need(
                DISABILITY,
                "Difficoltà a raggiungere i centri diurni e di riabilitazione",
                "Mancano mezzi pubblici tra i Comuni; le famiglie accompagnano da sole.",
                SERVICE,
                "Segretariato sociale",
                MEDIUM);
        long afterUs = plan.need(
                DISABILITY,
                "Genitori anziani di persone con disabilità grave senza prospettive per il “dopo di noi”",
                "Il tavolo chiede soluzioni abitative per quando i genitori non potranno più assistere.",
                THEMATIC_TABLE,
                "Tavolo disabilità, seduta del 19/10/2023",
                HIGH,
                evidence(
                        "Persone con disabilità grave che vivono con genitori di 70 anni e più",
                        "37",
                        "persone",
                        CARTELLA,
                        2023));
        long inclusion = plan.general(
                DISABILITY,
                "Favorire l’autonomia e l’inclusione delle persone con disabilità",
                "Scuola, mobilità e centri diurni come diritti garantiti in tutto l’Ambito.",
                school,
                transport);
        plan.specific(inclusion, 2024, "Garantire l’assistenza specialistica a tutti gli alunni certificati", school);
        plan.specific(inclusion, 2025, "Estendere il trasporto sociale ai 15 Comuni", transport);
        long future = plan.general(
                DISABILITY,
                "Costruire percorsi per il “Dopo di noi”",
                "Progetti di vita e soluzioni abitative per le persone con disabilità grave (L. 112/2016).",
                afterUs);
        plan.specific(future, 2025, "Avviare i progetti individuali di vita indipendente", afterUs);
        plan.specific(future, 2026, "Aprire il gruppo appartamento", afterUs);

        plan.intervention(inclusion, "Integrazione scolastica degli alunni con disabilità")
                .about("Assistenza specialistica per l’autonomia e la comunicazione nelle scuole di ogni ordine.")
                .forGroup(DISABILI)
                .years(2024, 2026)
                .led(MELOGRANO, SCUOLA, ASL)
                .outputs("148 alunni assistiti; 12.000 ore all’anno (valori fittizi).")
                .save();
        plan.intervention(inclusion, "Trasporto sociale per persone con disabilità")
                .about("Accompagnamento con mezzi attrezzati verso scuole, centri diurni e strutture sanitarie.")
                .forGroup(DISABILI)
                .years(2024, 2026)
                .led(COMUNE, MANI_APERTE)
                .outputs("2 mezzi attrezzati; 45 utenti al giorno.")
                .save();
        plan.intervention(inclusion, "Centro diurno socio-educativo e riabilitativo")
                .about("Centro diurno per persone con disabilità (art. 60 R.R. Puglia 4/2007), con quote sociali.")
                .forGroup(DISABILI)
                .years(2024, 2026)
                .led(MELOGRANO, ASL)
                .in(POGGIARDO, SPONGANO, SURANO, UGGIANO)
                .outputs("30 posti; apertura 6 giorni a settimana.")
                .save();
        plan.intervention(future, "Dopo di noi: gruppo appartamento a Uggiano la Chiesa")
                .about("Gruppo appartamento per 5 persone con disabilità grave prive del sostegno familiare.")
                .forGroup(DISABILI)
                .type(PROJECT)
                .years(2025, 2026)
                .led(COMUNE, MELOGRANO, MANI_APERTE)
                .outputs("5 posti residenziali; 12 progetti di vita indipendente.")
                .status(PLANNED)
                .save();
    }

    private void addiction(ProgrammeDemo.Plan plan) {
        long young = plan.need(
                ADDICTION,
                "Consumo di alcol e sostanze tra gli adolescenti",
                "Episodi di consumo a rischio già nei primi anni delle superiori.",
                THEMATIC_TABLE,
                "Tavolo dipendenze con il SerD",
                MEDIUM,
                evidence(
                        "Studenti che dichiarano episodi di binge drinking nell’ultimo mese",
                        "21.4",
                        "%",
                        "Indagine nelle scuole superiori del distretto (dati fittizi)",
                        2023));
        long gambling = plan.need(
                ADDICTION,
                "Gioco d’azzardo patologico tra gli adulti",
                "Il SerD segnala nuove richieste di aiuto per gioco d’azzardo, spesso da familiari.",
                SERVICE,
                "SerD di Poggiardo",
                MEDIUM,
                evidence(
                        "Persone in carico al SerD per gioco d’azzardo",
                        "26",
                        "persone",
                        "ASL Lecce (dati fittizi)",
                        2023));
        long prevent = plan.general(
                ADDICTION,
                "Prevenire le dipendenze tra i giovani e nelle famiglie",
                "Prevenzione nelle scuole e ascolto vicino ai luoghi di vita.",
                young,
                gambling);
        plan.specific(prevent, 2024, "Portare il programma di prevenzione in tutte le scuole medie", young);
        plan.specific(prevent, 2025, "Aprire uno sportello di ascolto sul gioco d’azzardo", gambling);

        plan.intervention(prevent, "Prevenzione delle dipendenze nelle scuole")
                .about("Laboratori sulle life skills e peer education con il SerD.")
                .forGroup(GIOVANI)
                .type(PROJECT)
                .years(2024, 2026)
                .led(ASL, SCUOLA, MANI_APERTE)
                .outputs("20 classi all’anno; 40 studenti formati come peer educator.")
                .save();
        plan.intervention(prevent, "Sportello di ascolto sul gioco d’azzardo")
                .about("Ascolto e orientamento ai servizi per giocatori e familiari.")
                .forGroup(DIPENDENZE)
                .years(2025, 2026)
                .led(ASL, PARROCCHIA)
                .in(POGGIARDO, SPONGANO, SURANO)
                .outputs("Apertura settimanale; 50 colloqui all’anno.")
                .save();
    }

    private void elderly(ProgrammeDemo.Plan plan) {
        long alone = plan.need(
                ELDERLY,
                "Anziani non autosufficienti che vivono soli",
                "L’invecchiamento è forte e molti anziani vivono soli, con figli emigrati.",
                DATA,
                "Censimento permanente della popolazione",
                HIGH,
                evidence("Persone di 75 anni e più che vivono sole", "2140", "persone", "Istat (dati fittizi)", 2021),
                evidence(
                        "Indice di vecchiaia dell’Ambito",
                        "238",
                        "anziani ogni 100 giovani",
                        "Istat (dati fittizi)",
                        2024));
        long lonely = plan.need(
                ELDERLY,
                "Isolamento degli anziani nei Comuni più piccoli",
                "Pochi luoghi di incontro e trasporti scarsi, soprattutto d’inverno.",
                THEMATIC_TABLE,
                "Tavolo anziani con i sindacati dei pensionati",
                MEDIUM);
        long home = plan.general(
                ELDERLY,
                "Sostenere la permanenza a casa degli anziani non autosufficienti",
                "Assistenza domiciliare sociale e integrata con l’ASL, teleassistenza.",
                alone);
        plan.specific(home, 2024, "Azzerare la lista d’attesa del SAD", alone);
        plan.specific(home, 2025, "Integrare il SAD con le cure domiciliari dell’ASL", alone);
        plan.specific(home, 2026, "Raggiungere 300 utenti del telesoccorso", alone);
        long active = plan.general(
                ELDERLY,
                "Contrastare la solitudine e promuovere l’invecchiamento attivo",
                "Luoghi di incontro, volontariato degli anziani, attività culturali.",
                lonely);
        plan.specific(active, 2025, "Aprire il centro sociale polivalente nei Comuni della costa", lonely);

        plan.intervention(home, "Servizio di assistenza domiciliare (SAD)")
                .about("Aiuto nella cura della persona e della casa, per anziani soli o con famiglia fragile.")
                .forGroup(ANZIANI)
                .years(2024, 2026)
                .led(COMUNE, MELOGRANO)
                .outputs("110 utenti all’anno; 6 ore settimanali medie (valori fittizi).")
                .save();
        plan.intervention(home, "Assistenza domiciliare integrata (ADI) – componente sociale")
                .about(
                        "La parte sociale delle cure domiciliari integrate, decisa in Unità di valutazione multidimensionale.")
                .forGroup(ANZIANI)
                .years(2024, 2026)
                .led(COMUNE, ASL, MELOGRANO)
                .outputs("70 piani assistenziali individualizzati all’anno.")
                .save();
        plan.intervention(home, "Telesoccorso e teleassistenza")
                .about("Dispositivo di chiamata d’emergenza e telefonate periodiche di compagnia.")
                .forGroup(ANZIANI)
                .years(2024, 2026)
                .led(COMUNE, ANZIANI_ATTIVI)
                .outputs("300 apparecchi installati entro il 2026.")
                .save();
        plan.intervention(active, "Centro sociale polivalente per anziani")
                .about("Attività ricreative, culturali e motorie gestite con le associazioni degli anziani.")
                .forGroup(ANZIANI)
                .years(2025, 2026)
                .led(ANZIANI_ATTIVI, SINDACATO, COMUNE)
                .in(SANTA_CESAREA, CASTRO, ORTELLE)
                .outputs("Apertura 5 pomeriggi a settimana; 90 iscritti.")
                .save();
    }

    private void immigrants(ProgrammeDemo.Plan plan) {
        long access = plan.need(
                IMMIGRANTS,
                "Difficoltà dei cittadini stranieri ad accedere ai servizi",
                "Lingua e procedure ostacolano l’accesso a scuola, sanità e servizi sociali.",
                DATA,
                "Bilancio demografico",
                MEDIUM,
                evidence("Residenti stranieri nell’Ambito", "1210", "persone", "Istat (dati fittizi)", 2024));
        long seasonal = plan.need(
                IMMIGRANTS,
                "Lavoratori stagionali stranieri in alloggi precari",
                "Nei mesi estivi aumentano i lavoratori agricoli e del turismo senza alloggio adeguato.",
                THEMATIC_TABLE,
                "Tavolo inclusione sociale",
                HIGH);
        long integrate = plan.general(
                IMMIGRANTS,
                "Facilitare l’accesso ai servizi e l’integrazione dei cittadini stranieri",
                "Mediazione culturale, orientamento, apprendimento della lingua.",
                access,
                seasonal);
        plan.specific(integrate, 2024, "Aprire lo sportello immigrati in due sedi", access);
        plan.specific(
                integrate, 2025, "Offrire la mediazione culturale nei servizi sociali e sanitari", access, seasonal);

        plan.intervention(integrate, "Sportello immigrati e mediazione culturale")
                .about("Orientamento, pratiche amministrative e mediatori culturali su richiesta dei servizi.")
                .forGroup(STRANIERI)
                .years(2024, 2026)
                .led(MANI_APERTE, COMUNE, ASL)
                .outputs("2 sedi; 400 accessi all’anno (dati fittizi).")
                .save();
        plan.intervention(integrate, "Corsi di italiano per adulti stranieri")
                .about("Corsi serali di lingua italiana con attestato.")
                .forGroup(STRANIERI)
                .type(PROJECT)
                .years(2024, 2025)
                .led(SCUOLA, PARROCCHIA)
                .in(POGGIARDO, CASTRO)
                .outputs("4 corsi; 60 iscritti.")
                .status(COMPLETED)
                .save();
    }

    private void poverty(ProgrammeDemo.Plan plan) {
        long poor = plan.need(
                POVERTY,
                "Nuclei in povertà che hanno bisogno di accompagnamento",
                "Molti nuclei beneficiari delle misure nazionali hanno bisogni complessi: lavoro, casa, salute.",
                DATA,
                "Piattaforma GePI",
                HIGH,
                evidence(
                        "Nuclei beneficiari dell’Assegno di inclusione",
                        "486",
                        "nuclei",
                        "INPS, Osservatorio (dati fittizi)",
                        2024));
        long homeless = plan.need(
                POVERTY,
                "Persone senza dimora o in emergenza abitativa",
                "Sfratti e persone senza alloggio dopo la stagione turistica.",
                SERVICE,
                "Pronto intervento sociale",
                HIGH,
                evidence("Persone in emergenza abitativa seguite", "23", "persone", CARTELLA, 2023));
        long pathways = plan.general(
                POVERTY,
                "Accompagnare verso l’autonomia i nuclei in povertà",
                "Patti per l’inclusione, tirocini, sostegno al reddito integrato con i servizi.",
                poor);
        plan.specific(pathways, 2024, "Firmare il patto per l’inclusione con tutti i nuclei beneficiari", poor);
        plan.specific(pathways, 2025, "Attivare 40 tirocini di inclusione", poor);
        long urgent = plan.general(
                POVERTY,
                "Dare risposte tempestive alle emergenze sociali e abitative",
                "Pronto intervento sociale in ogni giorno dell’anno e percorsi abitativi.",
                homeless);
        plan.specific(urgent, 2024, "Attivare il pronto intervento sociale h24", homeless);
        plan.specific(urgent, 2025, "Avviare un progetto di housing first", homeless);

        plan.intervention(pathways, "Accompagnamento dei beneficiari dell’Assegno di inclusione")
                .about("Valutazione multidimensionale, patto per l’inclusione sociale, équipe multidisciplinare.")
                .forGroup(ADULTI)
                .years(2024, 2026)
                .led(COMUNE, MELOGRANO)
                .outputs("486 nuclei valutati; 40 tirocini di inclusione all’anno.")
                .save();
        plan.intervention(urgent, "Pronto intervento sociale")
                .about("Reperibilità telefonica e interventi urgenti in ogni giorno dell’anno.")
                .forGroup(ADULTI)
                .code("C1")
                .years(2024, 2026)
                .led(COMUNE, MANI_APERTE, PARROCCHIA)
                .outputs("Servizio attivo h24; 60 interventi all’anno (dati fittizi).")
                .save();
        plan.intervention(urgent, "Housing first: appartamenti per persone senza dimora")
                .about("Alloggi autonomi con accompagnamento educativo, senza prerequisiti di accesso.")
                .forGroup(ADULTI)
                .type(PROJECT)
                .years(2025, 2026)
                .led(PARROCCHIA, COMUNE, MANI_APERTE)
                .in(POGGIARDO, CASTRO)
                .outputs("3 appartamenti; 8 persone accolte. Sospeso in attesa dei lavori sull’immobile.")
                .status(SUSPENDED)
                .save();
        plan.intervention(pathways, "Emporio solidale")
                .about("Distribuzione di beni di prima necessità con una tessera a punti.")
                .forGroup(ADULTI)
                .type(PROJECT)
                .years(2024, 2024)
                .led(MANI_APERTE, PARROCCHIA)
                .in(POGGIARDO)
                .outputs("150 famiglie servite (dato fittizio).")
                .status(COMPLETED)
                .save();
    }

    private void mentalHealth(ProgrammeDemo.Plan plan) {
        long work = plan.need(
                MENTAL_HEALTH,
                "Persone con disturbi mentali escluse dal lavoro",
                "Il Centro di salute mentale segnala pochi percorsi di inserimento lavorativo.",
                SERVICE,
                "Centro di salute mentale di Poggiardo",
                MEDIUM,
                evidence(
                        "Utenti del CSM in età lavorativa senza occupazione",
                        "97",
                        "persone",
                        "ASL Lecce – CSM (dati fittizi)",
                        2023));
        long families = plan.need(
                MENTAL_HEALTH,
                "Familiari soli nell’assistenza",
                "I familiari chiedono luoghi di confronto e sostegno.",
                THEMATIC_TABLE,
                "Tavolo salute mentale",
                LOW);
        long include = plan.general(
                MENTAL_HEALTH,
                "Promuovere l’inclusione lavorativa e sociale delle persone con disturbi mentali",
                "Tirocini e reti di sostegno con il Dipartimento di salute mentale.",
                work,
                families);
        plan.specific(include, 2024, "Attivare 15 tirocini di inclusione con il CSM", work);
        plan.specific(include, 2026, "Formare due gruppi di auto-mutuo aiuto", families);

        plan.intervention(include, "Inserimenti lavorativi per persone con disturbi mentali")
                .about("Tirocini di inclusione in imprese e cooperative, con tutor e borsa lavoro.")
                .forGroup(SALUTE_MENTALE)
                .type(PROJECT)
                .years(2024, 2026)
                .led(ASL, MELOGRANO)
                .outputs("15 tirocini all’anno; 5 assunzioni attese (valori fittizi).")
                .save();
        plan.intervention(include, "Gruppi di auto-mutuo aiuto per familiari")
                .about("Incontri mensili facilitati, con il CSM.")
                .forGroup(SALUTE_MENTALE)
                .years(2025, 2026)
                .led(MANI_APERTE, ASL)
                .outputs("2 gruppi; 25 familiari.")
                .save();
    }

    private void system(ProgrammeDemo.Plan plan) {
        long access = plan.need(
                MULTI_USER,
                "Accesso ai servizi diverso da Comune a Comune",
                "In molti Comuni lo sportello sociale apre poche ore; i cittadini non sanno a chi rivolgersi.",
                DATA,
                "Ricognizione dell’Ufficio di Piano",
                HIGH,
                evidence(
                        "Comuni con segretariato sociale aperto almeno 2 giorni a settimana",
                        "6",
                        "Comuni su 15",
                        "Ufficio di Piano (dati fittizi)",
                        2023));
        long data = plan.need(
                MULTI_USER,
                "Dati dei servizi raccolti in modo disomogeneo",
                "Ogni Comune registra utenti e prestazioni a modo suo: il monitoraggio è difficile.",
                OTHER,
                "Ufficio di Piano",
                MEDIUM);
        long unitary = plan.general(
                MULTI_USER,
                "Garantire in tutti i Comuni un accesso unitario ai servizi",
                "Segretariato sociale e Porta unica di accesso con l’ASL, servizio sociale professionale d’Ambito.",
                access);
        plan.specific(unitary, 2024, "Aprire lo sportello di segretariato in tutti i 15 Comuni", access);
        plan.specific(unitary, 2025, "Unificare la PUA con il distretto socio-sanitario", access);
        long governance = plan.general(
                MULTI_USER,
                "Rafforzare la governance e il sistema informativo dell’Ambito",
                "Ufficio di Piano stabile, cartella sociale unica, formazione congiunta.",
                data);
        plan.specific(governance, 2024, "Adottare la cartella sociale informatizzata unica", data);
        plan.specific(governance, 2026, "Pubblicare il primo rapporto di monitoraggio", data);

        plan.intervention(unitary, "Servizio sociale professionale")
                .about("Assistenti sociali dell’Ambito presenti in ogni Comune secondo un calendario settimanale.")
                .forGroup(TUTTI)
                .code("D1")
                .years(2024, 2026)
                .led(COMUNE)
                .outputs("1 assistente sociale ogni 5.000 abitanti (LEPS); 9 assistenti sociali.")
                .save();
        plan.intervention(unitary, "Segretariato sociale e Porta unica di accesso (PUA)")
                .about("Informazione, orientamento e accesso unitario ai servizi sociali e sociosanitari.")
                .forGroup(TUTTI)
                .code("A1")
                .years(2024, 2026)
                .led(COMUNE, ASL)
                .outputs("15 sportelli comunali; 1 PUA distrettuale.")
                .save();
        plan.intervention(governance, "Ufficio di Piano e sistema informativo sociale")
                .about("Personale dell’Ufficio di Piano, cartella sociale informatizzata, flussi verso il SIUSS.")
                .forGroup(TUTTI)
                .type(SYSTEM_ACTION)
                .years(2024, 2026)
                .led(COMUNE)
                .outputs("Cartella sociale unica in uso in tutti i Comuni; invio trimestrale al SIUSS.")
                .save();
        plan.intervention(governance, "Formazione congiunta degli operatori sociali e sanitari")
                .about("Percorso formativo comune su valutazione multidimensionale e progetto personalizzato.")
                .type(SYSTEM_ACTION)
                .years(2026, 2026)
                .led(ASL, COMUNE)
                .outputs("4 giornate formative; 60 operatori.")
                .status(PLANNED)
                .save();
    }

    /** The plan 2022-2023, closed: a smaller programme in the same areas, for comparison. */
    void previous(long planId) {
        ProgrammeDemo.Plan plan = demo.plan(planId);
        long family = plan.general(
                FAMILY,
                "Sostenere le famiglie con minori",
                null,
                plan.need(
                        FAMILY,
                        "Famiglie con minori in difficoltà",
                        null,
                        SERVICE,
                        "Servizio sociale professionale",
                        HIGH,
                        evidence("Nuclei con minori in carico", "268", "nuclei", CARTELLA, 2021)));
        plan.specific(family, 2022, "Avviare l’educativa domiciliare in tutti i Comuni");
        plan.intervention(family, "Assistenza educativa domiciliare per minori")
                .forGroup(MINORI)
                .years(2022, 2023)
                .led(MELOGRANO, COMUNE)
                .outputs("45 nuclei seguiti all’anno (dato fittizio).")
                .status(COMPLETED)
                .save();
        plan.intervention(family, "Servizio affido familiare")
                .forGroup(MINORI)
                .code("D3")
                .years(2022, 2023)
                .led(COMUNE, ASL)
                .status(COMPLETED)
                .save();
        long disability = plan.general(
                DISABILITY,
                "Garantire l’inclusione scolastica e la mobilità delle persone con disabilità",
                null,
                plan.need(
                        DISABILITY,
                        "Alunni con disabilità senza assistenza specialistica",
                        null,
                        DATA,
                        "Dati delle scuole",
                        HIGH,
                        evidence(
                                "Alunni con disabilità certificata",
                                "131",
                                "alunni",
                                "Anagrafe scolastica (dati fittizi)",
                                2021)));
        plan.specific(disability, 2022, "Coprire tutte le scuole dell’Ambito");
        plan.intervention(disability, "Integrazione scolastica degli alunni con disabilità")
                .forGroup(DISABILI)
                .years(2022, 2023)
                .led(MELOGRANO, SCUOLA)
                .status(COMPLETED)
                .save();
        plan.intervention(disability, "Trasporto sociale per persone con disabilità")
                .forGroup(DISABILI)
                .years(2022, 2023)
                .led(COMUNE, MANI_APERTE)
                .status(COMPLETED)
                .save();
        long addiction = plan.general(
                ADDICTION,
                "Prevenire le dipendenze tra gli adolescenti",
                null,
                plan.need(
                        ADDICTION,
                        "Consumo di alcol tra gli adolescenti",
                        null,
                        THEMATIC_TABLE,
                        "Tavolo dipendenze",
                        MEDIUM));
        plan.intervention(addiction, "Prevenzione delle dipendenze nelle scuole")
                .forGroup(GIOVANI)
                .type(PROJECT)
                .years(2023, 2023)
                .led(ASL, SCUOLA)
                .status(COMPLETED)
                .save();
        long elderly = plan.general(
                ELDERLY,
                "Sostenere la domiciliarità degli anziani",
                null,
                plan.need(
                        ELDERLY,
                        "Anziani soli non autosufficienti",
                        null,
                        DATA,
                        "Censimento della popolazione",
                        HIGH,
                        evidence(
                                "Persone di 75 anni e più che vivono sole",
                                "2050",
                                "persone",
                                "Istat (dati fittizi)",
                                2021)));
        plan.intervention(elderly, "Servizio di assistenza domiciliare (SAD)")
                .forGroup(ANZIANI)
                .years(2022, 2023)
                .led(COMUNE, MELOGRANO)
                .status(COMPLETED)
                .save();
        long immigrants = plan.general(
                IMMIGRANTS,
                "Orientare i cittadini stranieri ai servizi",
                null,
                plan.need(
                        IMMIGRANTS,
                        "Difficoltà di accesso ai servizi per gli stranieri",
                        null,
                        SERVICE,
                        "Segretariato sociale",
                        MEDIUM));
        plan.intervention(immigrants, "Sportello immigrati")
                .forGroup(STRANIERI)
                .years(2022, 2023)
                .led(MANI_APERTE)
                .in(POGGIARDO)
                .status(COMPLETED)
                .save();
        long poverty = plan.general(
                POVERTY,
                "Accompagnare i nuclei in povertà",
                null,
                plan.need(
                        POVERTY,
                        "Nuclei beneficiari del Reddito di cittadinanza con bisogni complessi",
                        null,
                        DATA,
                        "Piattaforma GePI",
                        HIGH));
        plan.intervention(poverty, "Accompagnamento dei beneficiari del Reddito di cittadinanza")
                .forGroup(ADULTI)
                .years(2022, 2023)
                .led(COMUNE, MELOGRANO)
                .status(COMPLETED)
                .save();
        plan.intervention(poverty, "Emporio solidale")
                .forGroup(ADULTI)
                .type(PROJECT)
                .years(2023, 2023)
                .led(MANI_APERTE)
                .in(POGGIARDO)
                .outputs("Non avviato: nessuna sede disponibile.")
                .status(CANCELLED)
                .save();
        long mental = plan.general(
                MENTAL_HEALTH,
                "Favorire l’inserimento lavorativo delle persone con disturbi mentali",
                null,
                plan.need(
                        MENTAL_HEALTH,
                        "Persone con disturbi mentali senza lavoro",
                        null,
                        SERVICE,
                        "Centro di salute mentale",
                        MEDIUM));
        plan.intervention(mental, "Inserimenti lavorativi per persone con disturbi mentali")
                .forGroup(SALUTE_MENTALE)
                .type(PROJECT)
                .years(2022, 2023)
                .led(ASL, MELOGRANO)
                .status(COMPLETED)
                .save();
        long system = plan.general(
                MULTI_USER,
                "Organizzare l’accesso ai servizi e l’Ufficio di Piano",
                null,
                plan.need(
                        MULTI_USER,
                        "Accesso ai servizi disomogeneo tra i Comuni",
                        null,
                        OTHER,
                        "Ufficio di Piano",
                        HIGH));
        plan.intervention(system, "Servizio sociale professionale e segretariato sociale")
                .forGroup(TUTTI)
                .code("D1")
                .years(2022, 2023)
                .led(COMUNE)
                .status(COMPLETED)
                .save();
        plan.intervention(system, "Ufficio di Piano")
                .type(SYSTEM_ACTION)
                .years(2022, 2023)
                .led(COMUNE)
                .status(COMPLETED)
                .save();
    }
}
