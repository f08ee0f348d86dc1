package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stems a service keeps and a search looks for: the forms of an Italian word meet, little words go. */
class SearchTermsTest {

    @Test
    void theFormsOfAWordShareTheirStemWhateverTheirCaseAndAccents() {
        String kept = SearchTerms.of("Assistenza domiciliare per gli Anziani", "Persone con disabilità", "Buoni nido");
        for (String word : new String[] {
            "anziano", "anziana", "ANZIANI", "disabilita", "disabilità", "domiciliari", "buono", "nidi"
        }) {
            String pattern = SearchTerms.patterns(word).get(0);
            String stem = pattern.substring(2, pattern.length() - 1);
            assertThat(kept).as(word).contains(" " + stem);
        }
        assertThat(kept).doesNotContain(" per ", " gli ", " con ");
    }

    @Test
    void aSearchOfLittleWordsOrSignsLooksForNothingAndOnlyItsFirstWordsCount() {
        assertThat(SearchTerms.patterns("per la % _ '")).isEmpty();
        assertThat(SearchTerms.patterns("uno due tre quattro cinque sei sette")).hasSize(SearchTerms.MAX_WORDS);
        assertThat(SearchTerms.of()).isEqualTo(" ");
    }
}
