package it.zona.agreement;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * An agreement in force, for the pages that show one: the demo's agreement is a draft, so the
 * browser crawl has the demo's office sign one for the demo's previous plan, with a PKI the test
 * builds and the application trusts. It lives beside the agreement, whose signing and trust anchors
 * no other module uses.
 */
public final class AgreementSamples {

    /** The demo's previous plan, whose agreement the demo itself does not write. */
    private static final int PREVIOUS_PLAN = 2022;

    private static final String DEMO = "poggiardo";
    private static final String OFFICE = "ufficio.poggiardo";

    private AgreementSamples() {}

    /**
     * The previous plan's agreement: frozen, signed by the health authority, whose signature was the
     * one needed, and joined by a cooperative that adheres and has still to sign. Made once.
     */
    public static void inForce(Fixtures fixtures, ApplicationContext beans) {
        AgreementRegistry agreements = beans.getBean(AgreementRegistry.class);
        Clock clock = beans.getBean(Clock.class);
        fixtures.as(OFFICE, () -> {
            long plan = beans.getBean(PlanRegistry.class).list(DEMO).stream()
                    .filter(p -> p.firstYear() == PREVIOUS_PLAN)
                    .findFirst()
                    .orElseThrow()
                    .id();
            if (agreements.ofPlan(plan).isPresent()) {
                return null;
            }
            long version = agreements
                    .create(
                            plan,
                            new AgreementForm(
                                    "Accordo di Programma per l’adozione del Piano sociale di zona 2022-2023",
                                    "## Art. 1 – Oggetto\nLe Parti adottano il Piano sociale di zona 2022-2023"
                                            + " (testo fittizio).",
                                    null))
                    .version();
            long health = organization(beans, "ASL Lecce – Distretto socio-sanitario di Poggiardo");
            AgreementView.PartyView signatory = agreements.addParty(
                    plan,
                    new PartyForm(
                            health,
                            PartyKind.SIGNATORY,
                            "Direttore generale della ASL Lecce (persona fittizia)",
                            "Direttore generale",
                            "Deliberazione del Direttore generale (atto fittizio)",
                            true,
                            null),
                    version);
            version = agreements
                    .addParty(
                            plan,
                            new PartyForm(
                                    organization(beans, "Cooperativa sociale Il Melograno (fittizia)"),
                                    PartyKind.ADHERENT,
                                    "Legale rappresentante (persona fittizia)",
                                    "Presidente",
                                    null,
                                    false,
                                    null),
                            signatory.version())
                    .version();
            agreements.freeze(plan, version);
            byte[] frozen = agreements.frozenDocument(plan).content();
            try (TestPki pki = new TestPki(clock.instant())) {
                beans.getBean(TrustAnchors.class).add(pki.root(), pki.rootCrl());
                agreements.sign(
                        plan,
                        signatory.id(),
                        "accordo-2022-2023-firmato.pdf",
                        pki.pades(
                                frozen,
                                pki.signer("Direttore generale (persona fittizia)"),
                                clock.instant().minus(Duration.ofHours(2))));
            }
            return null;
        });
    }

    private static long organization(ApplicationContext beans, String name) {
        return beans.getBean(OrganizationRegistry.class).all(DEMO).stream()
                .filter(o -> o.name().equals(name))
                .map(OrganizationView::id)
                .findFirst()
                .orElseThrow();
    }
}
