package it.zona.catalogue;

import it.zona.shared.SearchKey;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;

/**
 * Italian words reduced to what they share ("anziano", "anziani" and "anziana" to "anzian"), without
 * accents, case or little words: what a service keeps of its texts for the search, and what a
 * search looks for. Computed here rather than by the database so that H2 and PostgreSQL find the
 * same services.
 */
final class SearchTerms {

    /**
     * How stems are made, and what they are made of: raised with any change to either, so that the
     * stems kept by the services are made again ({@link SearchTermsRefresh}). 2: the target groups'
     * words.
     */
    static final int VERSION = 2;

    /** As many words of a search as count; more narrow nothing a citizen would notice. */
    static final int MAX_WORDS = 5;

    private static final CharArraySet STOP_WORDS = ItalianAnalyzer.getDefaultStopSet();

    private SearchTerms() {}

    /** The stems of the texts, each once, between spaces: " anzian assistent domicil ". */
    static String of(String... texts) {
        Set<String> stems = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                stems.addAll(stems(text));
            }
        }
        return stems.isEmpty() ? " " : " " + String.join(" ", stems) + " ";
    }

    /** The LIKE patterns a search's words become: each stem at the start of a kept word. */
    static List<String> patterns(String query) {
        return stems(query).stream()
                .limit(MAX_WORDS)
                .map(stem -> "% " + stem + "%")
                .toList();
    }

    /**
     * The light stemmer leaves words under six letters as they are; their singular and plural
     * ("buono", "buoni"; "nido", "nidi") still differ only in the last vowel, which goes.
     */
    private static String stem(ItalianLightStemmer stemmer, String word) {
        char[] chars = word.toCharArray();
        int length = stemmer.stem(chars, chars.length);
        if (length == chars.length && length >= 4 && "aeiou".indexOf(chars[length - 1]) >= 0) {
            length--;
        }
        return new String(chars, 0, length);
    }

    private static List<String> stems(String text) {
        ItalianLightStemmer stemmer = new ItalianLightStemmer();
        return Arrays.stream(SearchKey.of(text).split(" "))
                .filter(word -> word.length() > 1 && !STOP_WORDS.contains(word))
                .map(word -> stem(stemmer, word))
                .distinct()
                .toList();
    }
}
