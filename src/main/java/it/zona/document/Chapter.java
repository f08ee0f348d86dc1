package it.zona.document;

import it.zona.shared.Markdown;

/** A text chapter of the plan (integration, collaboration, ASL concertation, …), written in Markdown. */
record Chapter(String title, String text) {

    /** The text as safe XHTML for the page and the PDF; its tables are captioned with the chapter's title. */
    public String html() {
        return Markdown.html(text, title);
    }
}
