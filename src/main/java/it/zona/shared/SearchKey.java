package it.zona.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a search compares: lower case without accents or punctuation, so "sant agata" finds "Sant'Àgata". */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchKey() {}

    public static String of(String text) {
        String decomposed =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS
                .matcher(decomposed.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}
