package it.zona.shared;

import java.text.Normalizer;
import java.util.Locale;

/** What a search compares: lower case without accents or punctuation, so "sant agata" finds "Sant'Àgata". */
public final class SearchKey {

    private SearchKey() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
