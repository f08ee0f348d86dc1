package it.zona.demo;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.OrganizationView;
import it.zona.participation.calls.CallForm;
import it.zona.participation.calls.CallRegistry;
import it.zona.participation.calls.CallView;
import it.zona.participation.calls.InvitationRegistry;
import it.zona.participation.calls.InvitationRequest;
import it.zona.participation.calls.NominationForm;
import it.zona.participation.calls.NominationRegistry;
import it.zona.participation.calls.ReviewForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.programme.Named;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The call for nominations of the plan 2024-2026, closed: the third-sector bodies were invited
 * (with fictitious example.org addresses), two were seated at the tables, one was rejected with a
 * reason and the parish never answered. Names, addresses and the reason are fictitious. The call's
 * dates follow the demo's loading day: a call can only be opened before its deadline.
 */
@Component
class PoggiardoCallDemo {

    private final PlanRegistry plans;
    private final TableRegistry tables;
    private final OrganizationRegistry organizations;
    private final CallRegistry calls;
    private final InvitationRegistry invitations;
    private final NominationRegistry nominations;
    private final Clock clock;

    PoggiardoCallDemo(
            PlanRegistry plans,
            TableRegistry tables,
            OrganizationRegistry organizations,
            CallRegistry calls,
            InvitationRegistry invitations,
            NominationRegistry nominations,
            Clock clock) {
        this.plans = plans;
        this.tables = tables;
        this.organizations = organizations;
        this.calls = calls;
        this.invitations = invitations;
        this.nominations = nominations;
        this.clock = clock;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        List<TableView> planTables = tablesOf(plan);
        TableView elderly = planTables.get(0);
        TableView other = planTables.size() > 1 ? planTables.get(1) : elderly;
        long cooperative = withAddress("Cooperativa sociale Il Melograno (fittizia)", "melograno");
        long volunteers = withAddress("Associazione di volontariato Mani Aperte (fittizia)", "maniaperte");
        long elders = withAddress("Associazione Anziani Attivi del Capo (fittizia)", "anzianiattivi");
        withAddress("Parrocchia di San Salvatore (fittizia)", "sansalvatore");

        CallView call = calls.create(
                plan,
                new CallForm(
                        "Invito a designare i rappresentanti ai tavoli tematici 2024-2026",
                        "L’Ufficio di Piano invita gli enti del Terzo settore dell’Ambito a designare un "
                                + "rappresentante e un supplente per ciascuno dei tavoli tematici a cui intendono "
                                + "partecipare, per la co-programmazione del Piano sociale di zona (art. 55 D.Lgs. "
                                + "117/2017). Invito fittizio, a scopo dimostrativo.",
                        LocalDateTime.now(clock.withZone(PlatformConfig.ZONE))
                                .plusDays(14)
                                .truncatedTo(ChronoUnit.HOURS),
                        planTables.stream().map(TableView::id).distinct().toList(),
                        null));
        calls.open(call.id());
        invitations.invite(
                call.id(),
                new InvitationRequest(
                        List.of(),
                        Arrays.stream(OrganizationType.values())
                                .filter(OrganizationType::isThirdSector)
                                .toList()));
        long first = nominate(call, cooperative, elderly, "Giulia Ferraro", "Coordinatrice dei servizi");
        long second = nominate(call, volunteers, other, "Marco Scarlino", "Presidente");
        long rejected = nominate(call, elders, elderly, "Nicola Surano", "Socio");
        nominations.accept(call.id(), first);
        nominations.accept(call.id(), second);
        nominations.reject(
                call.id(),
                rejected,
                new ReviewForm("Manca la delega dell’organo direttivo dell’associazione al rappresentante indicato "
                        + "(motivo fittizio)."));
        calls.close(call.id());
    }

    /** The plan's tables; when the tables demo has not made any, two on the elderly and on disability. */
    private List<TableView> tablesOf(long plan) {
        if (tables.list(plan).isEmpty()) {
            table(plan, "Tavolo anziani e non autosufficienza", "Anziani");
            table(plan, "Tavolo disabilità", "Disabili");
        }
        return tables.list(plan);
    }

    private void table(long plan, String name, String area) {
        long areaId = tables.areas(plan).stream()
                .filter(a -> a.name().equals(area))
                .map(Named::id)
                .findFirst()
                .orElseThrow();
        tables.create(plan, new TableForm(name, TableKind.PERMANENT, null, List.of(areaId), null, null));
    }

    /** Gives the organisation a fictitious e-mail address, so that it can be invited. */
    private long withAddress(String name, String mailbox) {
        OrganizationView organization = organizations.all(PoggiardoDemo.SLUG).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        OrganizationForm form = organization.toForm();
        organizations.update(
                PoggiardoDemo.SLUG,
                organization.id(),
                new OrganizationForm(
                        form.name(),
                        form.type(),
                        form.taxCode(),
                        form.vatNumber(),
                        form.runtsSection(),
                        form.runtsNumber(),
                        form.municipality(),
                        form.address(),
                        mailbox.toLowerCase(Locale.ROOT) + "@example.org",
                        form.pec(),
                        form.phone(),
                        form.website(),
                        form.version()),
                organization.version());
        return organization.id();
    }

    /** A nomination the organisation sent by PEC, recorded by the office. */
    private long nominate(CallView call, long organization, TableView table, String name, String role) {
        return nominations
                .record(
                        call.id(),
                        organization,
                        new NominationForm(table.id(), true, name, role, null, null, null, null, null, null))
                .id();
    }
}
