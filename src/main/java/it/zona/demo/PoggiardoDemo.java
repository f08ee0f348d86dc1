package it.zona.demo;

import it.zona.district.DistrictRegistry;
import it.zona.district.LegalForm;
import it.zona.district.NewDistrict;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyForm;
import it.zona.governance.GoverningBodyForm.MemberForm;
import it.zona.governance.GoverningBodyType;
import it.zona.governance.MemberRole;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.office.OfficeForm;
import it.zona.office.OfficeForm.ClosureForm;
import it.zona.office.OfficeForm.SlotForm;
import it.zona.office.OfficeRegistry;
import it.zona.office.PlanningOfficeForm;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.organization.PersonView;
import it.zona.organization.RuntsSection;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Ambito territoriale sociale di Poggiardo (province of Lecce): a consortium of 15 real
 * municipalities with its seat in Viale della Repubblica 12, Poggiardo. Every person is
 * fictitious; organisations other than the public bodies are invented; tax codes are made up with
 * valid check digits.
 */
@Component
class PoggiardoDemo {

    static final String SLUG = "poggiardo";
    static final String ADMIN = "ufficio.poggiardo";
    static final String EDITOR = "editor.poggiardo";
    static final String VIEWER = "viewer.poggiardo";
    /** The health authority's representative at the elderly table (seated by PoggiardoTablesDemo). */
    static final String REPRESENTATIVE = "rappresentante.poggiardo";

    static final String REPRESENTATIVE_EMAIL = "giorgio.carluccio@esempio.invalid";

    static final String POGGIARDO = "075061";

    /** The member municipalities, by ISTAT code, with the fictitious mayor of each. */
    private static final Map<String, String[]> MAYORS = new LinkedHashMap<>();

    static {
        MAYORS.put("075005", new String[] {"Anna", "Rizzo"}); // Andrano
        MAYORS.put("075009", new String[] {"Donato", "Merico"}); // Botrugno
        MAYORS.put("075027", new String[] {"Lucia", "Stefanelli"}); // Diso
        MAYORS.put("075032", new String[] {"Rocco", "Zacheo"}); // Giuggianello
        MAYORS.put("075047", new String[] {"Teresa", "Piccinno"}); // Minervino di Lecce
        MAYORS.put("075054", new String[] {"Vito", "Bleve"}); // Nociglia
        MAYORS.put("075056", new String[] {"Carmela", "Sergi"}); // Ortelle
        MAYORS.put(POGGIARDO, new String[] {"Antonio", "De Giorgi"}); // Poggiardo
        MAYORS.put("075067", new String[] {"Giovanna", "Scarcia"}); // Sanarica
        MAYORS.put("075072", new String[] {"Salvatore", "Caroppo"}); // Santa Cesarea Terme
        MAYORS.put("075078", new String[] {"Maria", "Longo"}); // Spongano
        MAYORS.put("075082", new String[] {"Cosimo", "Ciullo"}); // Surano
        MAYORS.put("075091", new String[] {"Rosa", "Orlando"}); // Uggiano la Chiesa
        MAYORS.put("075095", new String[] {"Luigi", "Marra"}); // San Cassiano
        MAYORS.put("075096", new String[] {"Giuseppe", "Greco"}); // Castro
    }

    /** The four mayors who sit on the board with the president (mayor of Poggiardo). */
    private static final List<String> BOARD = List.of("075005", "075091", "075072", "075096");

    private final DistrictRegistry districts;
    private final AccountRegistry accounts;
    private final OrganizationRegistry organizations;
    private final PersonRegistry people;
    private final PoggiardoTablesDemo tables;
    private final GovernanceRegistry governance;
    private final OfficeRegistry offices;
    private final PoggiardoPlanDemo plans;
    private final PoggiardoMeetingsDemo meetings;
    private final PoggiardoMinutesDemo minutes;
    private final PoggiardoSittingsDemo sittings;
    private final PoggiardoAgreementDemo agreement;
    private final PoggiardoProposalsDemo proposals;
    private final PoggiardoCallDemo calls;
    private final WrittenEntities written;
    private final Clock clock;

    PoggiardoDemo(
            DistrictRegistry districts,
            AccountRegistry accounts,
            OrganizationRegistry organizations,
            PersonRegistry people,
            PoggiardoTablesDemo tables,
            GovernanceRegistry governance,
            OfficeRegistry offices,
            PoggiardoPlanDemo plans,
            PoggiardoMeetingsDemo meetings,
            PoggiardoMinutesDemo minutes,
            PoggiardoSittingsDemo sittings,
            PoggiardoAgreementDemo agreement,
            PoggiardoProposalsDemo proposals,
            PoggiardoCallDemo calls,
            WrittenEntities written,
            Clock clock) {
        this.districts = districts;
        this.accounts = accounts;
        this.organizations = organizations;
        this.people = people;
        this.governance = governance;
        this.offices = offices;
        this.plans = plans;
        this.tables = tables;
        this.meetings = meetings;
        this.minutes = minutes;
        this.sittings = sittings;
        this.agreement = agreement;
        this.proposals = proposals;
        this.calls = calls;
        this.written = written;
        this.clock = clock;
    }

    static String displayName(String username) {
        return switch (username) {
            case ADMIN -> "Ufficio di Piano di Poggiardo (demo)";
            case EDITOR -> "Redazione di Poggiardo (demo)";
            default -> "Consultazione di Poggiardo (demo)";
        };
    }

    void load() {
        long districtId = districts
                .createDemo(new NewDistrict(
                        SLUG,
                        "Ambito territoriale sociale di Poggiardo",
                        LegalForm.CONSORZIO,
                        POGGIARDO,
                        List.copyOf(MAYORS.keySet()),
                        "Consorzio dei 15 Comuni dell’Ambito di Poggiardo (provincia di Lecce) per la gestione "
                                + "associata dei servizi sociali e del Piano Sociale di Zona.",
                        new NewDistrict.FirstAdmin(ADMIN, displayName(ADMIN), null)))
                .district()
                .id();
        accounts.grant(
                districtId, new AccountRegistry.NewAccount(EDITOR, displayName(EDITOR), null), DistrictRole.EDITOR);
        accounts.grant(
                districtId, new AccountRegistry.NewAccount(VIEWER, displayName(VIEWER), null), DistrictRole.VIEWER);
        long comune = organizations();
        Map<String, Long> mayors = mayors(comune);
        long director = person("Marta", "Quarta", "Direttrice del Consorzio", null);
        long coordinator = person("Paolo", "Russo", "Assistente sociale, coordinatore dell’Ufficio di Piano", null);
        person("Elena", "Vergari", "Istruttrice amministrativa dell’Ufficio di Piano", null);
        governingBodies(mayors, director);
        offices(coordinator);
        // One transaction writes the whole demo: each step lets go of what it wrote, or every query
        // of the next would first check all of it for changes to flush.
        written.release();
        plans.load();
        written.release();
        sittings.load();
        agreement.load();
        written.release();
        tables.load();
        calls.load();
        written.release();
        meetings.load();
        written.release();
        minutes.load();
        written.release();
        proposals.load();
        written.release();
    }

    /** A handful of organisations of different kinds; returns the id of the Comune di Poggiardo. */
    private long organizations() {
        long comune = organization("Comune di Poggiardo", OrganizationType.MUNICIPALITY, 1, null, POGGIARDO);
        organization(
                "ASL Lecce – Distretto socio-sanitario di Poggiardo",
                OrganizationType.HEALTH_AUTHORITY,
                2,
                null,
                POGGIARDO);
        organization(
                "Cooperativa sociale Il Melograno (fittizia)",
                OrganizationType.SOCIAL_COOPERATIVE,
                3,
                RuntsSection.SOCIAL_ENTERPRISES,
                "075091");
        organization(
                "Associazione di volontariato Mani Aperte (fittizia)",
                OrganizationType.VOLUNTEER_ORGANIZATION,
                4,
                RuntsSection.VOLUNTEER_ORGANIZATIONS,
                "075005");
        organization(
                "Associazione Anziani Attivi del Capo (fittizia)",
                OrganizationType.ASSOCIATION,
                5,
                RuntsSection.SOCIAL_PROMOTION_ASSOCIATIONS,
                "075072");
        organization("Parrocchia di San Salvatore (fittizia)", OrganizationType.RELIGIOUS_BODY, 6, null, "075096");
        organization("Istituto comprensivo di Poggiardo (fittizio)", OrganizationType.SCHOOL, 7, null, POGGIARDO);
        organization("Sindacato pensionati del Capo di Leuca (fittizio)", OrganizationType.TRADE_UNION, 8, null, null);
        return comune;
    }

    private long organization(String name, OrganizationType type, int seed, RuntsSection section, String municipality) {
        return organizations
                .create(
                        SLUG,
                        new OrganizationForm(
                                name,
                                type,
                                DemoTaxCodes.numeric(seed),
                                null,
                                section,
                                section == null ? null : "DEMO-" + seed,
                                municipality,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                .id();
    }

    /**
     * The mayors, each with a PEC where convocations go, but the mayor of Castro: the office's page of
     * a sitting then shows who a convocation could not reach.
     */
    private Map<String, Long> mayors(long comuneDiPoggiardo) {
        Map<String, Long> ids = new LinkedHashMap<>();
        MAYORS.forEach((code, name) -> ids.put(
                code,
                person(
                        name[0],
                        name[1],
                        "Sindaco",
                        code.equals(POGGIARDO) ? comuneDiPoggiardo : null,
                        code.equals("075096") ? null : "sindaco." + code + "@pec.esempio.invalid")));
        return ids;
    }

    private long person(String givenName, String familyName, String position, Long organizationId) {
        return person(givenName, familyName, position, organizationId, null);
    }

    private long person(String givenName, String familyName, String position, Long organizationId, String pec) {
        PersonView person = people.create(
                SLUG,
                new PersonForm(
                        givenName,
                        familyName,
                        null,
                        null,
                        pec,
                        null,
                        organizationId,
                        position + " (persona fittizia)",
                        null));
        return person.id();
    }

    private void governingBodies(Map<String, Long> mayors, long director) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<MemberForm> coordination = new ArrayList<>();
        mayors.forEach((code, person) -> coordination.add(new MemberForm(
                person, code.equals(POGGIARDO) ? MemberRole.PRESIDENT : MemberRole.MEMBER, code, start, null)));
        governance.create(
                SLUG,
                new GoverningBodyForm(
                        GoverningBodyType.INSTITUTIONAL_BOARD,
                        "Coordinamento istituzionale",
                        "Organismo politico-istituzionale formato dai Sindaci dei 15 Comuni dell’Ambito, o dai loro "
                                + "delegati: svolge funzioni di indirizzo e controllo politico-amministrativo.",
                        coordination,
                        null));
        List<MemberForm> board = new ArrayList<>();
        board.add(new MemberForm(mayors.get(POGGIARDO), MemberRole.PRESIDENT, POGGIARDO, start, null));
        BOARD.forEach(code -> board.add(new MemberForm(mayors.get(code), MemberRole.MEMBER, code, start, null)));
        board.add(new MemberForm(director, MemberRole.DIRECTOR, null, start, null));
        governance.create(
                SLUG,
                new GoverningBodyForm(
                        GoverningBodyType.BOARD,
                        "Consiglio di amministrazione del Consorzio",
                        "Formato da cinque Sindaci dell’Ambito; il Presidente del Consorzio lo presiede. Vi partecipa "
                                + "il Direttore del Consorzio.",
                        board,
                        null));
    }

    private void offices(long coordinator) {
        offices.updatePlanningOffice(
                SLUG,
                new PlanningOfficeForm(
                        "Ufficio di Piano dell’Ambito di Poggiardo",
                        "Struttura tecnica del Consorzio che predispone il Piano Sociale di Zona, ne cura l’attuazione "
                                + "e il monitoraggio e raccorda le analisi tecniche con le scelte dei Sindaci.",
                        "ufficiodipiano.poggiardo@example.org",
                        null,
                        "+39 0836 000000",
                        coordinator,
                        null),
                OfficeRegistry.NOT_DESCRIBED);
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        LocalDate christmasEve = LocalDate.of(today.getYear(), 12, 24);
        if (christmasEve.plusDays(2).isBefore(today)) {
            christmasEve = christmasEve.plusYears(1);
        }
        offices.create(
                SLUG,
                new OfficeForm(
                        "Sede del Consorzio e Ufficio di Piano",
                        "Viale della Repubblica 12",
                        "73037",
                        POGGIARDO,
                        "+39 0836 000000",
                        "ufficiodipiano.poggiardo@example.org",
                        "Ingresso al piano terra, accessibile in sedia a ruote.",
                        List.of(
                                new SlotForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                new SlotForm(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                new SlotForm(DayOfWeek.WEDNESDAY, LocalTime.of(15, 30), LocalTime.of(17, 30)),
                                new SlotForm(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                        List.of(new ClosureForm(christmasEve, christmasEve.plusDays(2), "Festività natalizie")),
                        null));
        offices.create(
                SLUG,
                new OfficeForm(
                        "Sportello di segretariato sociale di Uggiano la Chiesa (esempio)",
                        "Piazza Umberto I 1 (indirizzo di esempio)",
                        "73020",
                        "075091",
                        null,
                        null,
                        null,
                        List.of(
                                new SlotForm(DayOfWeek.TUESDAY, LocalTime.of(9, 30), LocalTime.of(12, 30)),
                                new SlotForm(DayOfWeek.THURSDAY, LocalTime.of(9, 30), LocalTime.of(12, 30)),
                                new SlotForm(DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))),
                        List.of(),
                        null));
    }
}
