package it.zona.catalogue;

import it.zona.office.OfficeRegistry;
import it.zona.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A titolo sociale of the demo District with every part of its page written, for the browser crawl
 * to check the catalogue's pages on: the demo's own services may change, this one stays as the
 * pages need it. It lives beside the catalogue, whose package-private choices it reads.
 */
public final class ServiceSamples {

    /** The sample's title, by which the crawl finds it. */
    public static final String TITLE = "Contributo per l’assistenza familiare (esempio delle prove)";

    private static final String DEMO = "poggiardo";
    private static final String OFFICE = "ufficio.poggiardo";

    private ServiceSamples() {}

    /** The sample, made once as the demo's office writes it. */
    public static void voucher(Fixtures fixtures, ApplicationContext beans) {
        Long existing = beans.getBean(JdbcTemplate.class)
                .queryForObject("select min(id) from social_service where title = ?", Long.class, TITLE);
        if (existing != null) {
            return;
        }
        ServiceCatalogue catalogue = beans.getBean(ServiceCatalogue.class);
        OfficeRegistry offices = beans.getBean(OfficeRegistry.class);
        fixtures.as(
                OFFICE,
                () -> catalogue.create(
                        DEMO,
                        new SocialServiceForm(
                                ServiceKind.VOUCHER,
                                ServiceCategory.HEALTH_WELFARE_CARE,
                                null,
                                TITLE,
                                ServiceStatus.ACTIVE,
                                LocalDate.of(2026, 1, 1),
                                null,
                                "Un contributo mensile a chi assiste a casa un familiare non autosufficiente.",
                                "Famiglie residenti nell’Ambito che assistono a casa una persona **non autosufficiente**.",
                                "1. Compila la domanda.\n2. Consegnala allo sportello sociale del tuo Comune.",
                                "- attestazione ISEE in corso di validità\n- certificazione della non autosufficienza",
                                "Un contributo fino a 300 euro al mese per dodici mesi.",
                                "Nessun costo.",
                                "Le domande si valutano entro 30 giorni dalla chiusura del bando.",
                                "Ufficio di Piano: telefono 0836 000000 (numero di esempio).",
                                List.of(Audience.OLDER_PEOPLE, Audience.PEOPLE_WITH_DISABILITIES, Audience.FAMILIES),
                                true,
                                List.of(),
                                List.of(offices.list(DEMO).get(0).id()),
                                catalogue.fundingChoices(DEMO, List.of()).stream()
                                        .limit(1)
                                        .map(choice ->
                                                choice.interventions().get(0).id())
                                        .toList(),
                                new SocialServiceForm.WindowForm(
                                        LocalDate.of(2026, 9, 1),
                                        LocalDate.of(2026, 12, 31),
                                        new BigDecimal("150000.00"),
                                        50),
                                null)));
    }
}
