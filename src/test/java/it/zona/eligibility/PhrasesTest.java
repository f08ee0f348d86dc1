package it.zona.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The criteria of a service as its page says them, in Italian and in English. */
class PhrasesTest {

    private static final Map<String, String> NAMES = Map.of("075062", "Poggiardo", "075039", "Maglie");

    private static Phrases phrases(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ITALIAN);
        return new Phrases(messages, locale, NAMES);
    }

    private static final AccessCriteria HOME_CARE = Group.allOf(
            new Residence(List.of("075039", "075062", "075999")),
            Group.anyOf(new AgeRange(65, null), new DisabilityRecognised(Disability.ART3_C3)),
            new IseeAtMost(IseeType.SOCIO_HEALTH, new BigDecimal("25000")),
            new EmploymentStatus(List.of(Employment.UNEMPLOYED, Employment.RETIRED)),
            new Assessment("Il bisogno lo valuta l’assistente sociale."));

    @Test
    void groupsSayHowTheirItemsCombineAndEachCriterionIsASentence() {
        Phrases.Line outline = phrases(Locale.ITALIAN).outline(HOME_CARE);

        assertThat(outline.said().words()).isEqualTo("Tutti questi requisiti:");
        assertThat(outline.items())
                .extracting(line -> line.said().words()
                        + (line.said().data() == null ? "" : " " + line.said().data()))
                .containsExactly(
                        // A municipality that left the District stays a code rather than vanish.
                        "Residenza in uno di questi Comuni: Maglie, Poggiardo, 075999",
                        "Almeno uno di questi requisiti:",
                        "ISEE sociosanitario non superiore a 25.000,00 €",
                        "Condizione lavorativa: disoccupato/a, in pensione",
                        "Valutazione dell’assistente sociale: Il bisogno lo valuta l’assistente sociale.");
        assertThat(outline.items().get(1).items())
                .extracting(line -> line.said().words()
                        + (line.said().data() == null ? "" : " " + line.said().data()))
                .containsExactly(
                        "Età di almeno 65 anni",
                        "Disabilità grave riconosciuta ai sensi della L. 104/1992, art. 3, comma 3");
    }

    @Test
    void everyKindOfCriterionReadsInEnglish() {
        Phrases english = phrases(Locale.ENGLISH);

        assertThat(List.<AccessCriteria>of(
                                new AgeRange(18, 64),
                                new AgeRange(null, 17),
                                new Residence(List.of()),
                                new Household(3, 1),
                                new Household(null, 2),
                                new Household(4, null),
                                new DisabilityRecognised(Disability.ART3_C1),
                                new InvalidityAtLeast(74),
                                new NonSelfSufficiency(),
                                new ResidencePermit())
                        .stream()
                        .map(criterion -> english.outline(criterion).said().words()))
                .containsExactly(
                        "Aged between 18 and 64",
                        "Aged 17 or under",
                        "Resident in a municipality of the District",
                        "A household of at least 3 people, of whom at least 1 minors",
                        "At least 2 minors in the household",
                        "A household of at least 4 people",
                        "A disability recognised under Law 104/1992, art. 3, paragraph 1 or paragraph 3",
                        "A civil invalidity of at least 74%",
                        "Not self-sufficient",
                        "For citizens of a country outside the EU, a residence permit");
    }

    @Test
    void bandsBecomeRowsFromTheLowestIseeToTheOpenTop() {
        Phrases.BandTable table = phrases(Locale.ITALIAN)
                .table(new Bands(
                        BandKind.CONTRIBUTION,
                        IseeType.MINORS,
                        List.of(
                                new Bands.Band(new BigDecimal("8000"), BigDecimal.ZERO),
                                new Bands.Band(new BigDecimal("20000"), new BigDecimal("80")),
                                new Bands.Band(null, new BigDecimal("150")))));

        assertThat(table.caption()).isEqualTo("Quota a carico dell’utente per fascia di ISEE minorenni");
        assertThat(table.valueHeading()).isEqualTo("Quota a carico dell’utente");
        assertThat(table.rows())
                .containsExactly(
                        new Phrases.BandRow("fino a 8.000,00 €", BigDecimal.ZERO),
                        new Phrases.BandRow("fino a 20.000,00 €", new BigDecimal("80")),
                        new Phrases.BandRow("oltre 20.000,00 €", new BigDecimal("150")));
        assertThat(phrases(Locale.ENGLISH)
                        .table(new Bands(
                                BandKind.AMOUNT,
                                IseeType.ORDINARY,
                                List.of(new Bands.Band(null, new BigDecimal("300")))))
                        .rows())
                .containsExactly(new Phrases.BandRow("any value", new BigDecimal("300")));
    }
}
