package it.zona.eligibility;

import static it.zona.eligibility.GivenAnswers.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The reasons read as the citizen will read them, through a message source set up as the
 * application's: money with two decimals in the language's own way, kinds of ISEE by their names.
 */
class EligibilityMessagesTest {

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ITALIAN);
        return messages;
    }

    private String say(Finding finding, Locale locale) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale);
    }

    private String say(BandFinding finding, Locale locale) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale);
    }

    @Test
    void theReasonsOfACheckReadWell() {
        Eligibility eligibility = EligibilityCheck.evaluate(
                Group.allOf(
                        new IseeAtMost(IseeType.ORDINARY, new BigDecimal("15000")),
                        new AgeRange(null, 64),
                        new IseeAtMost(IseeType.MINORS, new BigDecimal("15000")),
                        new DisabilityRecognised(Disability.ART3_C1)),
                new Bands(
                        BandKind.AMOUNT,
                        IseeType.ORDINARY,
                        List.of(new Bands.Band(new BigDecimal("20000"), new BigDecimal("1200")))),
                given().age(70)
                        .isee(IseeType.ORDINARY, "12000.5")
                        .disability(Disability.ART3_C3)
                        .answers(),
                Set.of());

        assertThat(eligibility.findings())
                .extracting(f -> say(f, Locale.ITALIAN))
                .containsExactly(
                        "ISEE di 12.000,50 €: non supera la soglia di 15.000,00 €.",
                        "Età 70 anni: superiore al massimo di 64.",
                        "Serve l’ISEE minorenni: è indicato l’ISEE ordinario.",
                        "Disabilità riconosciuta ai sensi della L. 104/1992, art. 3, comma 3 (situazione di gravità).");
        assertThat(eligibility.findings())
                .extracting(f -> say(f, Locale.ENGLISH))
                .containsExactly(
                        "ISEE 12,000.50 € is at most 15,000.00 €.",
                        "Age 70 is above the maximum 64.",
                        "The ISEE for minors is required: the ordinary ISEE was given.",
                        "Disability recognised under L. 104/1992, art. 3, c. 3 (situation of gravity).");
        assertThat(say(eligibility.band(), Locale.ITALIAN))
                .isEqualTo("Importo: 1.200,00 € (fascia con ISEE fino a 20.000,00 €).");
    }
}
