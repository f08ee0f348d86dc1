package it.zona.plan;

import java.util.Arrays;
import java.util.List;

/** A chapter of a plan. */
public record SectionView(Long id, SectionKind kind, String title, String text, long version) {

    public boolean written() {
        return !text.isBlank();
    }

    /** The text's paragraphs, for pages and the document: blank lines separate them. */
    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public SectionForm toForm() {
        return new SectionForm(title, text, version);
    }
}
