package it.zona.plan;

import it.zona.shared.Markdown;

/** A chapter of a plan; its text is Markdown. */
public record SectionView(Long id, SectionKind kind, String title, String text, long version) {

    public boolean written() {
        return !text.isBlank();
    }

    /** The text as safe HTML for the page; its tables are captioned with the chapter's title. */
    public String html() {
        return Markdown.html(text, title);
    }

    public SectionForm toForm() {
        return new SectionForm(title, text, version);
    }
}
