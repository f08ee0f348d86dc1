package it.zona.agreement;

import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.support.Fixtures;
import it.zona.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            long plan = previousPlan(beans);
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

    private static final Pattern LINK = Pattern.compile("/agreement-links/([A-Za-z0-9_-]{43})");

    /**
     * A personal link of the agreement in force ({@link #inForce}) for its party that has not signed:
     * the demo's office sends it, and the plain token is read from the e-mail, as the party would.
     */
    public static String partyLink(Fixtures fixtures, ApplicationContext beans, TestMailServer mail) {
        AgreementRegistry agreements = beans.getBean(AgreementRegistry.class);
        OrganizationRegistry organizations = beans.getBean(OrganizationRegistry.class);
        long plan = fixtures.as(OFFICE, () -> previousPlan(beans));
        AgreementView.PartyView party = fixtures.as(
                OFFICE,
                () -> agreements.get(plan).parties().stream()
                        .filter(p -> p.signedAt() == null)
                        .findFirst()
                        .orElseThrow());
        String address = fixtures.as(
                OFFICE,
                () -> SigningLinks.address(
                        organizations.get(DEMO, party.organization().id())));
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

    private static long previousPlan(ApplicationContext beans) {
        return beans.getBean(PlanRegistry.class).list(DEMO).stream()
                .filter(p -> p.firstYear() == PREVIOUS_PLAN)
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
