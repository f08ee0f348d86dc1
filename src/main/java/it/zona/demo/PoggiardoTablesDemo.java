package it.zona.demo;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.organization.PersonForm;
import it.zona.organization.PersonRegistry;
import it.zona.organization.PersonView;
import it.zona.participation.tables.CoordinatorForm;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.programme.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The thematic tables of the Poggiardo plan 2024-2026, as the seeds describe them: one coordinator
 * for all, a liaison of the Comune di Poggiardo for each, the health authority at every table and
 * the pensioners' union at the elderly table. Third-sector bodies join through the call for
 * nominations. People are fictitious.
 */
@Component
class PoggiardoTablesDemo {

    /** The tables were set up at the start of the plan, so that its past meetings have members. */
    static final LocalDate SEATED_SINCE = LocalDate.of(2024, 1, 15);

    private final PlanRegistry plans;
    private final TableRegistry tables;
    private final TableMembership membership;
    private final OrganizationRegistry organizations;
    private final PersonRegistry people;

    PoggiardoTablesDemo(
            PlanRegistry plans,
            TableRegistry tables,
            TableMembership membership,
            OrganizationRegistry organizations,
            PersonRegistry people) {
        this.plans = plans;
        this.tables = tables;
        this.membership = membership;
        this.organizations = organizations;
        this.people = people;
    }

    void load() {
        PlanSummary plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow();
        Map<String, Long> organization = organizations.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(OrganizationView::name, OrganizationView::id));
        Map<String, Long> person = people.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(PersonView::fullName, PersonView::id, (a, b) -> a));
        Map<String, Long> area = tables.areas(plan.id()).stream().collect(Collectors.toMap(Named::name, Named::id));
        long comune = organization.get("Comune di Poggiardo");
        long liaison = person(comune, "Sara", "Martella", "Assistente sociale del Comune di Poggiardo");
        long secondLiaison = person(comune, "Fabio", "Nuzzo", "Istruttore dei servizi sociali del Comune di Poggiardo");
        tables.appointCoordinator(plan.id(), new CoordinatorForm(person.get("Paolo Russo"), null));

        long asl = organization.get("ASL Lecce – Distretto socio-sanitario di Poggiardo");
        TableView families = table(
                plan.id(),
                "Tavolo Famiglia e minori",
                "Legge i bisogni delle famiglie e dei minori del territorio e propone gli interventi di sostegno "
                        + "alla genitorialità, di tutela dei minori e di prevenzione del disagio giovanile.",
                TableKind.PERMANENT,
                List.of(area.get("Famiglia e minori")),
                liaison);
        seat(families, asl, "Chiara Palumbo", "Psicologa del consultorio familiare");
        TableView elderly = table(
                plan.id(),
                "Tavolo Anziani e disabilità",
                "Segue la domiciliarità, l’integrazione socio-sanitaria e la vita indipendente delle persone "
                        + "anziane e con disabilità.",
                TableKind.PERMANENT,
                List.of(area.get("Anziani"), area.get("Disabili")),
                liaison);
        seat(elderly, asl, "Giorgio Carluccio", "Responsabile delle cure domiciliari");
        seat(
                elderly,
                organization.get("Sindacato pensionati del Capo di Leuca (fittizio)"),
                "Lina Sperti",
                "Segretaria");
        TableView inclusion = table(
                plan.id(),
                "Tavolo Inclusione sociale",
                "Lavora su povertà, disagio adulto, immigrazione e dipendenze: accesso ai servizi, inserimento "
                        + "lavorativo e reti di prossimità.",
                TableKind.PERMANENT,
                List.of(
                        area.get("Povertà, disagio adulti e senza dimora"),
                        area.get("Immigrati"),
                        area.get("Dipendenze")),
                secondLiaison);
        seat(inclusion, asl, "Marco Cazzato", "Dirigente del SerD");
        table(
                plan.id(),
                "Tavolo tecnico Salute mentale",
                "Tavolo temporaneo con il Dipartimento di salute mentale per scrivere gli obiettivi dell’area.",
                TableKind.TEMPORARY,
                List.of(area.get("Salute mentale")),
                secondLiaison);
    }

    private TableView table(long planId, String name, String purpose, TableKind kind, List<Long> areas, long liaison) {
        return tables.create(planId, new TableForm(name, kind, purpose, areas, liaison, null));
    }

    private void seat(TableView table, long organizationId, String representative, String role) {
        String address = representative.toLowerCase(Locale.ITALIAN).replace(' ', '.') + "@esempio.invalid";
        membership.seatSince(
                table.id(),
                new MemberForm(
                        organizationId,
                        representative + " (persona fittizia)",
                        role,
                        address,
                        null,
                        "",
                        "",
                        "",
                        "",
                        null),
                SEATED_SINCE);
    }

    private long person(long organizationId, String givenName, String familyName, String position) {
        return people.create(
                        PoggiardoDemo.SLUG,
                        new PersonForm(
                                givenName,
                                familyName,
                                null,
                                null,
                                null,
                                null,
                                organizationId,
                                position + " (persona fittizia)",
                                null))
                .id();
    }
}
