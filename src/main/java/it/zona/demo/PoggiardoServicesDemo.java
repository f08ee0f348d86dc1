package it.zona.demo;

import it.zona.catalogue.Audience;
import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.ServiceCategory;
import it.zona.catalogue.ServiceKind;
import it.zona.catalogue.ServiceStatus;
import it.zona.catalogue.SocialServiceForm;
import it.zona.catalogue.SocialServiceForm.WindowForm;
import it.zona.office.OfficeRegistry;
import it.zona.office.OfficeView;
import it.zona.plan.PlanRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.PlatformConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Ambito di Poggiardo's catalogue of services and titoli sociali: home care, integrated home care
 * with the health authority, the care allowance (its application window open whatever the day the
 * demo starts), nursery vouchers, the rent contribution in some Comuni, the social emergency fund,
 * transport for people with disabilities and the minimum income; each linked to the plan
 * 2024-2026's interventions and the Ambito's offices. Texts, figures and bands are fictitious.
 */
@Component
class PoggiardoServicesDemo {

    private static final String FICTITIOUS = " (testo fittizio)";

    private final ServiceCatalogue catalogue;
    private final PlanRegistry plans;
    private final InterventionRegistry interventions;
    private final OfficeRegistry offices;
    private final Clock clock;

    PoggiardoServicesDemo(
            ServiceCatalogue catalogue,
            PlanRegistry plans,
            InterventionRegistry interventions,
            OfficeRegistry offices,
            Clock clock) {
        this.catalogue = catalogue;
        this.plans = plans;
        this.interventions = interventions;
        this.offices = offices;
        this.clock = clock;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        Map<String, Long> intervention = interventions.list(plan).stream()
                .collect(Collectors.toMap(InterventionView::title, InterventionView::id, (a, b) -> a));
        List<Long> allOffices =
                offices.list(PoggiardoDemo.SLUG).stream().map(OfficeView::id).toList();
        List<Long> seat = allOffices.subList(0, 1);
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));

        add(new Service(
                        ServiceKind.SERVICE,
                        ServiceCategory.HEALTH_WELFARE_CARE,
                        "Servizio di assistenza domiciliare (SAD)")
                .code("E03")
                .summary("Aiuto a casa nella cura della persona e della casa per chi non è più del tutto autonomo.")
                .audience(
                        "Persone anziane o con disabilità residenti nell’Ambito, con una parziale perdita di autonomia"
                                + " e una rete familiare che non basta.")
                .howTo("Presenta la domanda allo sportello di segretariato sociale del tuo Comune. L’assistente sociale"
                        + " fa una visita a domicilio e concorda con te il piano di assistenza.")
                .documents("- documento di identità\n- attestazione ISEE sociosanitario in corso di validità\n"
                        + "- eventuale certificazione di invalidità")
                .outcome("Da due a dieci ore di assistenza a settimana di un operatore socio-sanitario.")
                .costs("Compartecipazione oraria secondo l’ISEE: gratuito fino a 8.000 €, 3 € l’ora fino a 20.000 €,"
                        + " 6 € l’ora oltre.")
                .deadlines("Domande tutto l’anno; risposta entro 30 giorni dalla visita domiciliare.")
                .forWhom(Audience.OLDER_PEOPLE, Audience.PEOPLE_WITH_DISABILITIES)
                .offices(allOffices)
                .funded(intervention.get("Servizio di assistenza domiciliare (SAD)")));
        add(new Service(
                        ServiceKind.SERVICE,
                        ServiceCategory.HEALTH_WELFARE_CARE,
                        "Assistenza domiciliare integrata (ADI) con la ASL")
                .code("E04")
                .summary("Cure sanitarie e assistenza sociale a casa, insieme, per chi non può uscire.")
                .audience("Persone non autosufficienti o in condizione di fragilità, di ogni età, per cui il medico di"
                        + " famiglia chiede cure a domicilio.")
                .howTo("La richiesta parte dal medico di famiglia verso la Porta unica di accesso (PUA); l’Unità di"
                        + " valutazione multidimensionale stabilisce il piano di cura.")
                .documents("- richiesta del medico di famiglia\n- documento di identità")
                .outcome("Visite di medici e infermieri della ASL e ore di assistenza sociale a domicilio.")
                .costs("La parte sanitaria è gratuita; la parte sociale segue le regole di compartecipazione del SAD.")
                .deadlines("La valutazione avviene entro 15 giorni dalla richiesta.")
                .forWhom(Audience.OLDER_PEOPLE, Audience.PEOPLE_WITH_DISABILITIES)
                .offices(allOffices)
                .funded(intervention.get("Assistenza domiciliare integrata (ADI) – componente sociale")));
        add(new Service(ServiceKind.VOUCHER, ServiceCategory.HEALTH_WELFARE_CARE, "Assegno di cura")
                .code("E05")
                .summary("Un contributo mensile alle famiglie che assistono a casa una persona non autosufficiente.")
                .audience("Famiglie che assistono a casa una persona non autosufficiente con invalidità civile al 100%"
                        + " e indennità di accompagnamento, residente nell’Ambito.")
                .howTo("Presenta la domanda durante l’apertura del bando, allo sportello o per posta elettronica"
                        + " certificata all’Ufficio di Piano.")
                .documents("- attestazione ISEE sociosanitario\n- verbale di invalidità civile\n"
                        + "- documento di identità di chi presenta la domanda")
                .outcome("Da 300 a 600 € al mese per dodici mesi, secondo l’ISEE.")
                .costs("Nessun costo.")
                .deadlines("Le domande si presentano durante l’apertura del bando; la graduatoria esce entro 60 giorni"
                        + " dalla chiusura.")
                .forWhom(Audience.OLDER_PEOPLE, Audience.PEOPLE_WITH_DISABILITIES, Audience.FAMILIES)
                .offices(seat)
                .window(new WindowForm(today.minusDays(10), today.plusDays(40), new BigDecimal("180000.00"), 40)));
        add(new Service(
                        ServiceKind.VOUCHER,
                        ServiceCategory.EDUCATION_TRAINING,
                        "Buono servizio per nidi e sezioni primavera")
                .code("E06")
                .summary("Un buono che paga in parte la retta del nido o della sezione primavera.")
                .audience("Famiglie residenti nell’Ambito con bambini da 3 a 36 mesi iscritti a un nido autorizzato.")
                .howTo("Scegli il nido tra quelli del catalogo regionale e presenta la domanda durante l’apertura"
                        + " dell’avviso.")
                .documents("- attestazione ISEE minorenni\n- iscrizione al nido")
                .outcome("Un buono mensile fino al 70% della retta, per l’anno educativo.")
                .costs("La famiglia paga la parte di retta che il buono non copre.")
                .deadlines("L’avviso apre ogni anno a luglio.")
                .forWhom(Audience.FAMILIES, Audience.MINORS)
                .offices(seat)
                .funded(intervention.get("Buoni servizio per nidi e sezioni primavera"))
                .window(new WindowForm(
                        LocalDate.of(today.getYear() - 1, 7, 1),
                        LocalDate.of(today.getYear() - 1, 7, 31),
                        new BigDecimal("250000.00"),
                        120)));
        add(new Service(
                        ServiceKind.VOUCHER,
                        ServiceCategory.HEALTH_WELFARE_CARE,
                        "Contributo per il canone di locazione")
                .code("E07")
                .summary("Un aiuto per pagare l’affitto della casa in cui si vive.")
                .audience("Famiglie in affitto con un ISEE basso, residenti nei Comuni che aderiscono.")
                .howTo("Presenta la domanda al Comune di residenza con il contratto di locazione registrato.")
                .documents(
                        "- contratto di locazione registrato\n- ricevute dell’affitto\n- attestazione ISEE ordinario")
                .outcome("Un contributo annuale in proporzione all’affitto pagato.")
                .deadlines("Domande entro il 30 settembre di ogni anno.")
                .forWhom(Audience.FAMILIES, Audience.ADULTS_IN_DIFFICULTY)
                .some("075061", "075091", "075005")
                .offices(allOffices));
        add(new Service(ServiceKind.VOUCHER, ServiceCategory.HEALTH_WELFARE_CARE, "Fondo per le emergenze sociali")
                .code("E08")
                .summary("Un aiuto economico immediato davanti a un’emergenza: uno sfratto, una bolletta, una spesa"
                        + " improvvisa.")
                .audience("Persone e famiglie residenti nell’Ambito in una situazione di emergenza sociale.")
                .howTo("Rivolgiti al servizio sociale del tuo Comune o al Pronto intervento sociale.")
                .documents("- documento di identità\n- ciò che documenta l’emergenza (sfratto, bolletta...)")
                .outcome("Un contributo una tantum deciso dall’assistente sociale.")
                .costs("Nessun costo.")
                .deadlines("Risposta entro 5 giorni lavorativi.")
                .forWhom(Audience.ADULTS_IN_DIFFICULTY, Audience.FAMILIES)
                .offices(allOffices)
                .funded(intervention.get("Pronto intervento sociale")));
        add(new Service(
                        ServiceKind.SERVICE,
                        ServiceCategory.MOBILITY_TRANSPORT,
                        "Trasporto sociale per persone con disabilità")
                .code("E09")
                .summary("Accompagnamento in pulmino attrezzato verso scuole, centri diurni e visite mediche.")
                .audience("Persone con disabilità residenti nell’Ambito che non possono usare i mezzi pubblici.")
                .howTo("Chiedi il servizio allo sportello di segretariato sociale; il calendario dei viaggi si concorda"
                        + " ogni mese.")
                .documents("- verbale di riconoscimento della disabilità (L. 104/1992)\n- attestazione ISEE")
                .outcome("Viaggi di andata e ritorno con un autista e un accompagnatore.")
                .costs("Gratuito fino a un ISEE di 15.000 €; 2 € a viaggio oltre.")
                .deadlines("Richiesta almeno 7 giorni prima del primo viaggio.")
                .forWhom(Audience.PEOPLE_WITH_DISABILITIES)
                .offices(seat)
                .funded(intervention.get("Trasporto sociale per persone con disabilità")));
        add(new Service(ServiceKind.VOUCHER, ServiceCategory.WORK, "Reddito minimo di inclusione")
                .code("E08")
                .summary("Un sostegno economico legato a un percorso di inclusione sociale e lavorativa.")
                .audience("Persone e famiglie residenti nell’Ambito con un ISEE molto basso, che non ricevono altre"
                        + " misure nazionali di sostegno al reddito.")
                .howTo("Presenta la domanda allo sportello; con l’assistente sociale firmi un patto di inclusione.")
                .documents("- attestazione ISEE ordinario\n- documento di identità\n- permesso di soggiorno, per i"
                        + " cittadini non comunitari")
                .outcome("Un contributo mensile fino a 500 € per un anno, con un tirocinio o un percorso di"
                        + " formazione.")
                .costs("Nessun costo.")
                .deadlines("Domande tutto l’anno; esito entro 30 giorni.")
                .forWhom(Audience.ADULTS_IN_DIFFICULTY, Audience.FAMILIES)
                .offices(allOffices)
                .funded(intervention.get("Accompagnamento dei beneficiari dell’Assegno di inclusione")));
    }

    private void add(Service service) {
        catalogue.create(PoggiardoDemo.SLUG, service.form());
    }

    /** A demo service as it is written, field by field, the texts marked fictitious. */
    private static final class Service {

        private final ServiceKind kind;
        private final ServiceCategory category;
        private final String title;
        private String serviceCode;
        private String summary;
        private String audienceText;
        private String howTo;
        private String documents;
        private String outcome;
        private String costs;
        private String deadlines;
        private List<Audience> audiences = List.of();
        private List<String> municipalities = List.of();
        private List<Long> offices = List.of();
        private List<Long> interventions = List.of();
        private WindowForm window;

        Service(ServiceKind kind, ServiceCategory category, String title) {
            this.kind = kind;
            this.category = category;
            this.title = title;
        }

        /** The classification code, from the example list the demo installation carries. */
        Service code(String code) {
            serviceCode = code;
            return this;
        }

        Service summary(String text) {
            summary = text;
            return this;
        }

        Service audience(String text) {
            audienceText = text + FICTITIOUS;
            return this;
        }

        Service howTo(String text) {
            howTo = text + FICTITIOUS;
            return this;
        }

        Service documents(String text) {
            documents = text;
            return this;
        }

        Service outcome(String text) {
            outcome = text + FICTITIOUS;
            return this;
        }

        Service costs(String text) {
            costs = text + FICTITIOUS;
            return this;
        }

        Service deadlines(String text) {
            deadlines = text + FICTITIOUS;
            return this;
        }

        Service forWhom(Audience... groups) {
            audiences = List.of(groups);
            return this;
        }

        /** Offered in these member municipalities only (ISTAT codes); by default in all of them. */
        Service some(String... istatCodes) {
            municipalities = List.of(istatCodes);
            return this;
        }

        Service offices(List<Long> ids) {
            offices = ids;
            return this;
        }

        Service funded(Long interventionId) {
            interventions = List.of(interventionId);
            return this;
        }

        Service window(WindowForm form) {
            window = form;
            return this;
        }

        SocialServiceForm form() {
            return new SocialServiceForm(
                    kind,
                    category,
                    serviceCode,
                    title,
                    ServiceStatus.ACTIVE,
                    null,
                    null,
                    summary,
                    audienceText,
                    howTo,
                    documents,
                    outcome,
                    costs,
                    deadlines,
                    "Ufficio di Piano: ufficiodipiano.poggiardo@example.org, +39 0836 000000",
                    audiences,
                    municipalities.isEmpty(),
                    municipalities,
                    offices,
                    interventions,
                    window,
                    null);
        }
    }
}
