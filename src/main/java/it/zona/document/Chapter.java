package it.zona.document;

import java.util.Arrays;
import java.util.List;

/** A text chapter of the plan (integration, collaboration, ASL concertation, …), told in paragraphs. */
public record Chapter(String title, String text) {

    /** The text split on blank lines, each paragraph without its surrounding spaces. */
    public List<String> paragraphs() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
