package it.zona.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A chapter as a form or an API body gives it: its title and its text, paragraphs split by blank lines. */
public record SectionForm(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String text,
        Long version) {

    public static SectionForm empty() {
        return new SectionForm("", "", null);
    }
}
