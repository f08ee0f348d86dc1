package it.zona.demo;

import it.zona.agreement.AgreementForm;
import it.zona.agreement.AgreementRegistry;
import it.zona.agreement.DemoSignatures;
import it.zona.agreement.PartyForm;
import it.zona.agreement.PartyKind;
import it.zona.district.DistrictRegistry;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyType;
import it.zona.governance.GoverningBodyView;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanAct;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanSummary;
import it.zona.plan.TransitionForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Accordo di Programma of the plan 2024-2026: the plan approved by the board's resolution n. 1
 * of 2024, the agreement drafted by the office (its articles; its parties, the board's
 * municipalities signed by their mayors, the health authority, and two third-sector bodies that
 * adhere), frozen, and signed by every party but the second adhering body (fictitious certificates
 * of the demo's own authority); in force, it takes the plan to implementation.
 */
@Component
class PoggiardoAgreementDemo {

    private static final String TEXT = """
            ## Art. 1 – Oggetto
            Con il presente Accordo di Programma le Parti adottano il Piano Sociale di Zona 2024-2026 \
            dell’Ambito territoriale sociale di Poggiardo, approvato dal Coordinamento istituzionale \
            (testo fittizio).

            ## Art. 2 – Impegni delle Parti
            I Comuni conferiscono al Consorzio la gestione associata dei servizi previsti dal Piano; la \
            ASL Lecce assicura l’integrazione socio-sanitaria nelle aree indicate dal Piano.

            ## Art. 3 – Soggetti aderenti
            Gli enti del Terzo settore che aderiscono concorrono all’attuazione del Piano nelle forme \
            della co-programmazione e della co-progettazione (art. 55 D.Lgs 117/2017).

            ## Art. 4 – Durata
            L’Accordo ha la durata del Piano ed entra in vigore con l’ultima delle firme richieste.
            """;

    private final AgreementRegistry agreements;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final OrganizationRegistry organizations;
    private final DemoSignatures signatures;
    private final Clock clock;

    PoggiardoAgreementDemo(
            AgreementRegistry agreements,
            PlanRegistry plans,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            OrganizationRegistry organizations,
            DemoSignatures signatures,
            Clock clock) {
        this.agreements = agreements;
        this.plans = plans;
        this.districts = districts;
        this.governance = governance;
        this.organizations = organizations;
        this.signatures = signatures;
        this.clock = clock;
    }

    void load() {
        PlanSummary plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow();
        PlanAct approval = plans.acts(plan.id(), PlanStage.AGREEMENT).stream()
                .filter(act -> act.label().startsWith("Delibera n. 1 "))
                .findFirst()
                .orElseThrow();
        step(plan, PlanStage.AGREEMENT, approval);
        long version = agreements
                .create(
                        plan.id(),
                        new AgreementForm(
                                "Accordo di Programma per l’adozione del Piano Sociale di Zona 2024-2026", TEXT, null))
                .version();
        Map<String, Long> comuni = comuni();
        GoverningBodyView board = governance.list(PoggiardoDemo.SLUG).stream()
                .filter(b -> b.type() == GoverningBodyType.INSTITUTIONAL_BOARD)
                .findFirst()
                .orElseThrow();
        for (GoverningBodyView.MemberView mayor : board.currentMembers()) {
            version = agreements
                    .addParty(
                            plan.id(),
                            new PartyForm(
                                    comuni.get(mayor.municipality()),
                                    PartyKind.SIGNATORY,
                                    mayor.personName(),
                                    "Sindaco",
                                    "Delibera di Giunta comunale di autorizzazione alla firma (atto fittizio)",
                                    true,
                                    null),
                            version)
                    .version();
        }
        Map<String, Long> byName = organizations.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(OrganizationView::name, OrganizationView::id, (a, b) -> a));
        version = party(
                plan,
                byName.get("ASL Lecce – Distretto socio-sanitario di Poggiardo"),
                PartyKind.SIGNATORY,
                "Direttore generale della ASL Lecce (persona fittizia)",
                "Direttore generale",
                version);
        version = party(
                plan,
                byName.get("Cooperativa sociale Il Melograno (fittizia)"),
                PartyKind.ADHERENT,
                "Legale rappresentante (persona fittizia)",
                "Presidente",
                version);
        version = party(
                plan,
                byName.get("Associazione di volontariato Mani Aperte (fittizia)"),
                PartyKind.ADHERENT,
                "Legale rappresentante (persona fittizia)",
                "Presidente",
                version);
        agreements.freeze(plan.id(), version);
        long pending = agreements.get(plan.id()).parties().stream()
                .filter(p -> p.organization().id() == byName.get("Associazione di volontariato Mani Aperte (fittizia)"))
                .findFirst()
                .orElseThrow()
                .id();
        signatures.sign(plan.id(), pending, SIGNED_FROM, clock.instant());
        step(
                plan,
                PlanStage.IMPLEMENTATION,
                plans.acts(plan.id(), PlanStage.IMPLEMENTATION).get(0));
    }

    /** The day of the signatures, a fortnight after the mayors' approval. */
    private static final LocalDate SIGNED_FROM = LocalDate.of(2024, 4, 9);

    private void step(PlanSummary plan, PlanStage to, PlanAct act) {
        plans.moveTo(
                plan.id(),
                new TransitionForm(to, act.date(), null, act.link(), null),
                plans.view(plan.id()).version());
    }

    private long party(PlanSummary plan, long organization, PartyKind kind, String name, String role, long version) {
        return agreements
                .addParty(
                        plan.id(),
                        new PartyForm(organization, kind, name, role, null, kind == PartyKind.SIGNATORY, null),
                        version)
                .version();
    }

    /** The Comune of each member municipality as an organisation of the District, created where missing. */
    private Map<String, Long> comuni() {
        Map<String, Long> existing = organizations.all(PoggiardoDemo.SLUG).stream()
                .filter(o -> o.type() == OrganizationType.MUNICIPALITY && o.municipality() != null)
                .collect(Collectors.toMap(OrganizationView::municipality, OrganizationView::id, (a, b) -> a));
        int seed = 100;
        for (MunicipalityView municipality : districts.view(PoggiardoDemo.SLUG).municipalities()) {
            seed++;
            if (!existing.containsKey(municipality.istatCode())) {
                long id = organizations
                        .create(
                                PoggiardoDemo.SLUG,
                                new OrganizationForm(
                                        "Comune di " + municipality.name(),
                                        OrganizationType.MUNICIPALITY,
                                        DemoTaxCodes.numeric(seed),
                                        null,
                                        null,
                                        null,
                                        municipality.istatCode(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .id();
                existing.put(municipality.istatCode(), id);
            }
        }
        return existing;
    }
}
