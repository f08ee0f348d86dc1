package it.zona.agreement;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.support.Fixtures;
import org.springframework.context.ApplicationContext;

/**
 * A draft agreement, for the pages that show one and the office's forms on it: the demo's agreement
 * is in force, so the browser crawl has the demo's office draft one for the demo's previous plan.
 * It lives beside the agreement, whose registry no other module's tests use.
 */
public final class AgreementSamples {

    /** The demo's previous plan, whose agreement the demo itself does not write. */
    private static final int PREVIOUS_PLAN = 2022;

    private static final String DEMO = "poggiardo";
    private static final String OFFICE = "ufficio.poggiardo";

    private AgreementSamples() {}

    /** The previous plan's agreement, a draft with the health authority as its party. Made once. */
    public static void draft(Fixtures fixtures, ApplicationContext beans) {
        AgreementRegistry agreements = beans.getBean(AgreementRegistry.class);
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
            agreements.addParty(
                    plan,
                    new PartyForm(
                            organization(beans, "ASL Lecce – Distretto socio-sanitario di Poggiardo"),
                            PartyKind.SIGNATORY,
                            "Direttore generale della ASL Lecce (persona fittizia)",
                            "Direttore generale",
                            "Deliberazione del Direttore generale (atto fittizio)",
                            true,
                            null),
                    version);
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
