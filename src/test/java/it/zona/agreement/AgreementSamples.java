package it.zona.agreement;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.support.Fixtures;
import it.zona.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;

/**
 * A draft agreement, for the pages that show one and the office's forms on it: the demo's agreement
 * is in force, so the browser crawl has the demo's office draft one for the demo's previous plan.
 * It lives beside the agreement, whose registry no other module's tests use.
 */
public final class AgreementSamples {

    /** The demo's previous plan, whose agreement the demo itself does not write. */
    private static final int PREVIOUS_PLAN = 2022;

    /** The demo's current plan, whose agreement is in force with one party still to sign. */
    private static final int CURRENT_PLAN = 2024;

    private static final String DEMO = "poggiardo";
    private static final String OFFICE = "ufficio.poggiardo";

    private AgreementSamples() {}

    /** The previous plan's agreement, a draft with the health authority as its party. Made once. */
    public static void draft(Fixtures fixtures, ApplicationContext beans) {
        AgreementRegistry agreements = beans.getBean(AgreementRegistry.class);
        fixtures.as(OFFICE, () -> {
            long plan = plan(beans, PREVIOUS_PLAN);
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

    private static final Pattern LINK = Pattern.compile("/agreement-links/([A-Za-z0-9_-]{43})");

    /**
     * A personal link of the demo's agreement in force for its party that has not signed (given a
     * PEC first, the demo's associations having none): the demo's office sends it, and the plain
     * token is read from the e-mail, as the party would.
     */
    public static String partyLink(Fixtures fixtures, ApplicationContext beans, TestMailServer mail) {
        AgreementRegistry agreements = beans.getBean(AgreementRegistry.class);
        OrganizationRegistry organizations = beans.getBean(OrganizationRegistry.class);
        long plan = fixtures.as(OFFICE, () -> plan(beans, CURRENT_PLAN));
        AgreementView.PartyView party = fixtures.as(
                OFFICE,
                () -> agreements.get(plan).parties().stream()
                        .filter(p -> p.signedAt() == null)
                        .findFirst()
                        .orElseThrow());
        String address = fixtures.as(OFFICE, () -> {
            OrganizationView organization =
                    organizations.get(DEMO, party.organization().id());
            if (SigningLinks.address(organization) == null) {
                OrganizationForm form = organization.toForm();
                organizations.update(
                        DEMO,
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
                                form.email(),
                                "segreteria@pec.mani-aperte.esempio.invalid",
                                form.phone(),
                                form.website(),
                                form.version()),
                        organization.version());
            }
            return SigningLinks.address(
                    organizations.get(DEMO, party.organization().id()));
        });
        // The demo's mail reached the party before: the link is in the one that arrives now.
        int before = mail.receivedBy(address).size();
        fixtures.as(OFFICE, () -> beans.getBean(SigningLinks.class).send(plan, party.id()));
        List<String> tokens = new ArrayList<>();
        for (MimeMessage message : mail.awaitMessages(address, before + 1)) {
            try {
                Matcher link = LINK.matcher((String) message.getContent());
                while (link.find()) {
                    tokens.add(link.group(1));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalStateException("No personal link of the agreement reached " + address);
        }
        return tokens.get(tokens.size() - 1);
    }

    private static long plan(ApplicationContext beans, int firstYear) {
        return beans.getBean(PlanRegistry.class).list(DEMO).stream()
                .filter(p -> p.firstYear() == firstYear)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static long organization(ApplicationContext beans, String name) {
        return beans.getBean(OrganizationRegistry.class).all(DEMO).stream()
                .filter(o -> o.name().equals(name))
                .map(OrganizationView::id)
                .findFirst()
                .orElseThrow();
    }
}
