package it.zona.demo;

import it.zona.organization.OrganizationType;
import it.zona.programme.InterventionType;
import java.util.List;
import java.util.Random;

/**
 * The words the national data set is written with: names of invented bodies and people, and what
 * the plans say area by area. Plausible, never real: the Districts are marked as demonstrations,
 * whose pages say that their people and figures are fictitious.
 */
final class NationalNames {

    private NationalNames() {}

    static final List<String> GIVEN_NAMES = List.of(
            "Anna",
            "Marco",
            "Giulia",
            "Luca",
            "Francesca",
            "Giuseppe",
            "Maria",
            "Antonio",
            "Chiara",
            "Paolo",
            "Elena",
            "Salvatore",
            "Laura",
            "Giovanni",
            "Sara",
            "Francesco",
            "Rosa",
            "Alessandro",
            "Teresa",
            "Davide",
            "Silvia",
            "Roberto",
            "Carmela",
            "Stefano",
            "Marta",
            "Vincenzo",
            "Lucia",
            "Andrea",
            "Serena",
            "Michele");

    static final List<String> FAMILY_NAMES = List.of(
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
            "Giordano",
            "Rizzo",
            "Lombardi",
            "Moretti",
            "Barbieri",
            "Fontana",
            "Santoro",
            "Mariani",
            "Rinaldi",
            "Caruso",
            "Ferrara",
            "Galli",
            "Martini",
            "Leone",
            "Longo",
            "Gentile",
            "Martinelli",
            "Vitale",
            "Lombardo",
            "Serra",
            "Coppola",
            "De Santis",
            "D'Angelo",
            "Marchetti");

    /** Names of invented bodies ("Cooperativa sociale Il Girasole"). */
    static final List<String> BODY_NAMES = List.of(
            "Il Melograno",
            "Arcobaleno",
            "Il Girasole",
            "La Rete",
            "Nuovi Orizzonti",
            "Il Ponte",
            "La Ginestra",
            "Il Faro",
            "Mani Aperte",
            "L’Aquilone",
            "Il Sorriso",
            "La Bussola",
            "Il Seme",
            "Terra Nuova",
            "La Quercia",
            "Il Mosaico",
            "Primavera",
            "L’Approdo",
            "Il Volo",
            "La Tenda",
            "Il Cammino",
            "Solidarietà",
            "Insieme",
            "Oltre",
            "Il Germoglio",
            "La Casa di Tutti",
            "La Lanterna",
            "Il Gabbiano",
            "Il Filo d’Oro",
            "L’Orizzonte",
            "Il Timone",
            "La Sorgente",
            "Il Tiglio",
            "Noi con Voi",
            "Il Chicco",
            "La Fenice",
            "Il Sentiero",
            "Le Radici",
            "La Via",
            "Il Pellicano");

    static final List<String> SAINTS = List.of(
            "San Giuseppe",
            "Santa Maria Assunta",
            "San Michele Arcangelo",
            "San Nicola",
            "Sant’Antonio",
            "San Giovanni Battista",
            "Santa Lucia",
            "San Francesco",
            "San Rocco",
            "Santa Caterina");

    static final List<String> STREETS = List.of(
            "Via Roma",
            "Via Garibaldi",
            "Piazza del Municipio",
            "Via Mazzini",
            "Corso Italia",
            "Via Dante Alighieri",
            "Via Verdi",
            "Via XX Settembre",
            "Via Vittorio Emanuele",
            "Via San Francesco",
            "Via della Repubblica",
            "Via Cavour");

    /** How many of a District's bodies (besides its municipalities and health authority) are of each type, in percent. */
    static final List<Share<OrganizationType>> BODY_TYPES = List.of(
            new Share<>(OrganizationType.SOCIAL_COOPERATIVE, 22),
            new Share<>(OrganizationType.VOLUNTEER_ORGANIZATION, 20),
            new Share<>(OrganizationType.ASSOCIATION, 20),
            new Share<>(OrganizationType.FOUNDATION, 5),
            new Share<>(OrganizationType.RELIGIOUS_BODY, 8),
            new Share<>(OrganizationType.SCHOOL, 10),
            new Share<>(OrganizationType.TRADE_UNION, 4),
            new Share<>(OrganizationType.SERVICE_PROVIDER, 8),
            new Share<>(OrganizationType.OTHER, 3));

    record Share<T>(T value, int percent) {}

    /** A service an Ambito typically runs in an area, and what kind of intervention it is. */
    record Service(String title, InterventionType type) {}

    /**
     * What a plan says about one ISTAT area: the needs it hears, the general objectives it sets, the
     * services it funds, who they are for, the funding source that usually pays, and how much of the
     * plan's interventions it holds (a weight).
     */
    record Area(
            String code,
            String group,
            String source,
            int weight,
            List<String> needs,
            List<String> objectives,
            List<Service> services) {}

    static final List<Area> AREAS = List.of(
            new Area(
                    "FAMILY_AND_MINORS",
                    "Minori",
                    "FNPS",
                    16,
                    List.of(
                            "Famiglie con minori in difficoltà nei compiti educativi",
                            "Pochi posti nei servizi per la prima infanzia",
                            "Poche famiglie disponibili all’affido",
                            "Dispersione scolastica e povertà educativa",
                            "Violenza assistita e maltrattamento dei minori"),
                    List.of(
                            "Sostenere le famiglie nei compiti educativi e di cura",
                            "Ampliare l’accesso ai servizi per la prima infanzia",
                            "Prevenire l’allontanamento dei minori dalla famiglia",
                            "Contrastare la povertà educativa"),
                    List.of(
                            new Service("Assistenza educativa domiciliare per minori", InterventionType.SERVICE),
                            new Service("Centro per le famiglie", InterventionType.SERVICE),
                            new Service("Servizio affido familiare", InterventionType.SERVICE),
                            new Service("Buoni servizio per nidi e sezioni primavera", InterventionType.VOUCHER),
                            new Service("Centro diurno socio-educativo per minori", InterventionType.SERVICE),
                            new Service("Ludoteca estiva", InterventionType.PROJECT),
                            new Service("Doposcuola e sostegno allo studio", InterventionType.PROJECT),
                            new Service("Mediazione familiare", InterventionType.SERVICE),
                            new Service("Équipe integrata tutela minori", InterventionType.SERVICE))),
            new Area(
                    "DISABILITY",
                    "Persone con disabilità",
                    "FNA",
                    15,
                    List.of(
                            "Alunni con disabilità senza assistenza specialistica sufficiente",
                            "Difficoltà a raggiungere i centri diurni",
                            "Genitori anziani di persone con disabilità grave senza prospettive per il “dopo di noi”",
                            "Pochi percorsi di vita indipendente"),
                    List.of(
                            "Favorire l’autonomia e l’inclusione delle persone con disabilità",
                            "Costruire percorsi per il “Dopo di noi”",
                            "Garantire il diritto allo studio degli alunni con disabilità"),
                    List.of(
                            new Service(
                                    "Integrazione scolastica degli alunni con disabilità", InterventionType.SERVICE),
                            new Service("Trasporto sociale per persone con disabilità", InterventionType.SERVICE),
                            new Service("Centro diurno socio-educativo e riabilitativo", InterventionType.SERVICE),
                            new Service("Dopo di noi: gruppo appartamento", InterventionType.PROJECT),
                            new Service("Progetti di vita indipendente", InterventionType.PROJECT),
                            new Service("Assegno di cura per disabili gravissimi", InterventionType.VOUCHER),
                            new Service("Assistenza domiciliare per persone con disabilità", InterventionType.SERVICE),
                            new Service("Sportello per l’inclusione lavorativa", InterventionType.SERVICE))),
            new Area(
                    "ADDICTION",
                    "Persone con dipendenze",
                    "HEALTH",
                    6,
                    List.of(
                            "Consumo di alcol e sostanze tra gli adolescenti",
                            "Gioco d’azzardo patologico tra gli adulti",
                            "Reinserimento sociale dopo la cura"),
                    List.of(
                            "Prevenire le dipendenze tra i giovani e nelle famiglie",
                            "Accompagnare il reinserimento delle persone in cura"),
                    List.of(
                            new Service("Prevenzione delle dipendenze nelle scuole", InterventionType.PROJECT),
                            new Service("Sportello di ascolto sul gioco d’azzardo", InterventionType.SERVICE),
                            new Service("Educativa di strada", InterventionType.SERVICE),
                            new Service("Borse lavoro per persone in cura al SerD", InterventionType.PROJECT),
                            new Service("Gruppi di sostegno per i familiari", InterventionType.SERVICE))),
            new Area(
                    "ELDERLY",
                    "Anziani",
                    "FNA",
                    18,
                    List.of(
                            "Anziani soli non autosufficienti",
                            "Lunghe attese per l’assistenza domiciliare",
                            "Isolamento degli anziani nei centri più piccoli",
                            "Famiglie sole nella cura dei malati di Alzheimer"),
                    List.of(
                            "Sostenere la domiciliarità degli anziani",
                            "Contrastare la solitudine degli anziani",
                            "Sostenere chi assiste un familiare non autosufficiente"),
                    List.of(
                            new Service("Servizio di assistenza domiciliare (SAD)", InterventionType.SERVICE),
                            new Service(
                                    "Assistenza domiciliare integrata (ADI) – quota sociale", InterventionType.SERVICE),
                            new Service("Centro diurno per anziani", InterventionType.SERVICE),
                            new Service("Telesoccorso e teleassistenza", InterventionType.SERVICE),
                            new Service("Assegno di cura per anziani non autosufficienti", InterventionType.VOUCHER),
                            new Service("Caffè Alzheimer", InterventionType.PROJECT),
                            new Service("Consegna dei pasti a domicilio", InterventionType.SERVICE),
                            new Service("Soggiorni e attività di socializzazione", InterventionType.PROJECT),
                            new Service("Sostegno ai caregiver familiari", InterventionType.VOUCHER))),
            new Area(
                    "IMMIGRANTS",
                    "Persone di origine straniera",
                    "FNPS",
                    7,
                    List.of(
                            "Difficoltà di accesso ai servizi per gli stranieri",
                            "Scarsa conoscenza della lingua italiana tra le donne straniere",
                            "Lavoratori stagionali in alloggi precari"),
                    List.of(
                            "Orientare i cittadini stranieri ai servizi",
                            "Favorire l’integrazione delle famiglie straniere"),
                    List.of(
                            new Service("Sportello immigrati", InterventionType.SERVICE),
                            new Service("Mediazione linguistico-culturale", InterventionType.SERVICE),
                            new Service("Corsi di lingua italiana per adulti", InterventionType.PROJECT),
                            new Service(
                                    "Accoglienza dei minori stranieri non accompagnati", InterventionType.SERVICE))),
            new Area(
                    "POVERTY",
                    "Adulti in difficoltà e senza dimora",
                    "POVERTY_FUND",
                    14,
                    List.of(
                            "Nuclei in povertà con bisogni complessi",
                            "Persone senza dimora in aumento",
                            "Famiglie in emergenza abitativa",
                            "Adulti disoccupati di lunga durata"),
                    List.of(
                            "Accompagnare i nuclei in povertà verso l’autonomia",
                            "Dare risposta alle emergenze sociali e abitative",
                            "Favorire l’inclusione lavorativa degli adulti fragili"),
                    List.of(
                            new Service(
                                    "Presa in carico dei beneficiari dell’Assegno di inclusione",
                                    InterventionType.SERVICE),
                            new Service("Pronto intervento sociale", InterventionType.SERVICE),
                            new Service("Housing first", InterventionType.PROJECT),
                            new Service("Emporio solidale", InterventionType.PROJECT),
                            new Service("Contributi economici per l’emergenza abitativa", InterventionType.VOUCHER),
                            new Service("Tirocini di inclusione sociale", InterventionType.PROJECT),
                            new Service("Centro di accoglienza notturna", InterventionType.SERVICE))),
            new Area(
                    "MENTAL_HEALTH",
                    "Persone con disturbi mentali",
                    "HEALTH",
                    6,
                    List.of(
                            "Persone con disturbi mentali escluse dal lavoro",
                            "Familiari soli nell’assistenza",
                            "Pochi luoghi di socialità per chi esce dalla cura"),
                    List.of(
                            "Promuovere l’inclusione lavorativa e sociale delle persone con disturbi mentali",
                            "Sostenere le famiglie delle persone con disturbi mentali"),
                    List.of(
                            new Service(
                                    "Inserimenti lavorativi per persone con disturbi mentali",
                                    InterventionType.PROJECT),
                            new Service("Gruppi di auto-mutuo aiuto per familiari", InterventionType.SERVICE),
                            new Service("Centro sociale polivalente", InterventionType.SERVICE),
                            new Service("Budget di salute", InterventionType.VOUCHER))),
            new Area(
                    "MULTI_USER",
                    "Tutta la popolazione",
                    "FNPS",
                    18,
                    List.of(
                            "Accesso ai servizi diverso da Comune a Comune",
                            "Dati dei servizi raccolti in modo disomogeneo",
                            "Pochi assistenti sociali rispetto alla popolazione"),
                    List.of(
                            "Garantire in tutti i Comuni un accesso unitario ai servizi",
                            "Rafforzare la governance e il sistema informativo dell’Ambito",
                            "Raggiungere il livello essenziale di un assistente sociale ogni 5.000 abitanti"),
                    List.of(
                            new Service("Servizio sociale professionale", InterventionType.SERVICE),
                            new Service("Segretariato sociale e Porta unica di accesso", InterventionType.SERVICE),
                            new Service("Ufficio di Piano", InterventionType.SYSTEM_ACTION),
                            new Service(
                                    "Sistema informativo sociale e cartella sociale", InterventionType.SYSTEM_ACTION),
                            new Service("Formazione congiunta degli operatori", InterventionType.SYSTEM_ACTION),
                            new Service(
                                    "Supervisione professionale degli assistenti sociali",
                                    InterventionType.SYSTEM_ACTION),
                            new Service("Sportello sociale di prossimità", InterventionType.SERVICE))));

    /** A thematic table of the generated plans and the areas it works on. */
    record Table(String name, String purpose, List<String> areas) {}

    static final List<Table> TABLES = List.of(
            new Table(
                    "Tavolo Famiglia e minori",
                    "Legge i bisogni delle famiglie e dei minori e propone gli interventi di sostegno alla genitorialità e "
                            + "di tutela dei minori.",
                    List.of("FAMILY_AND_MINORS")),
            new Table(
                    "Tavolo Anziani e non autosufficienza",
                    "Segue la domiciliarità e l’integrazione socio-sanitaria delle persone anziane.",
                    List.of("ELDERLY")),
            new Table(
                    "Tavolo Disabilità",
                    "Lavora sulla vita indipendente, la scuola e il “dopo di noi” delle persone con disabilità.",
                    List.of("DISABILITY")),
            new Table(
                    "Tavolo Inclusione sociale",
                    "Lavora su povertà, disagio adulto e immigrazione: accesso ai servizi e inserimento lavorativo.",
                    List.of("POVERTY", "IMMIGRANTS")),
            new Table(
                    "Tavolo Dipendenze e salute mentale",
                    "Tavolo con il Dipartimento di salute mentale e il SerD sull’inclusione delle persone in cura.",
                    List.of("ADDICTION", "MENTAL_HEALTH")),
            new Table(
                    "Tavolo Welfare di comunità",
                    "Accesso unitario ai servizi, sistema informativo e reti di prossimità.",
                    List.of("MULTI_USER")));

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T pickShare(Random random, List<Share<T>> shares) {
        int total = shares.stream().mapToInt(Share::percent).sum();
        int draw = random.nextInt(total);
        for (Share<T> share : shares) {
            draw -= share.percent();
            if (draw < 0) {
                return share.value();
            }
        }
        throw new IllegalStateException("Shares must add up to more than nothing");
    }

    /** A whole number between {@code min} and {@code max}, both included, every one as likely. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
