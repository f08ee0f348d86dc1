package it.zona.document;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a plan document in Italian, whatever the reader's language: the HTML of its content for
 * the page, and the whole PDF/A file.
 */
@Component
class DocumentWriter {

    static final String PARTS = "document/parts";
    static final String PDF = "document/pdf";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PdfA pdf;

    DocumentWriter(ITemplateEngine templates, MessageSource messages, PdfA pdf) {
        this.templates = templates;
        this.messages = messages;
        this.pdf = pdf;
    }

    /** The document's content as HTML, for a page to show inside its own layout. */
    String html(PlanDocument document, DocumentKind kind) {
        String fragment = kind == DocumentKind.FULL ? "full" : "summary";
        return templates.process(PARTS, Set.of(fragment), context(document, kind));
    }

    byte[] pdf(PlanDocument document, DocumentKind kind) {
        return pdf.write(templates.process(PDF, context(document, kind)));
    }

    /** A year's programme as PDF/A, in the plan document's type and style. */
    byte[] pdf(ProgrammeDocument programme) {
        Context context = context(programme.plan(), DocumentKind.ANNUAL_PROGRAMME);
        context.setVariable("programme", programme);
        context.setVariable("title", title(programme));
        return pdf.write(templates.process(PDF, context));
    }

    String title(ProgrammeDocument programme) {
        return messages.getMessage(
                "document.pdf.programmeTitle",
                new Object[] {
                    String.valueOf(programme.year()),
                    programme.plan().plan().title(),
                    programme.plan().plan().districtName()
                },
                ItalianFormat.ITALIAN);
    }

    /** The title the PDF carries in its metadata. */
    String title(PlanDocument document, DocumentKind kind) {
        String key = kind == DocumentKind.FULL ? "document.pdf.title" : "document.pdf.summaryTitle";
        return messages.getMessage(
                key, new Object[] {document.plan().title(), document.plan().districtName()}, ItalianFormat.ITALIAN);
    }

    private Context context(PlanDocument document, DocumentKind kind) {
        return new Context(
                ItalianFormat.ITALIAN,
                new HashMap<>(Map.of(
                        "doc",
                        document,
                        "fmt",
                        ItalianFormat.INSTANCE,
                        "summary",
                        kind == DocumentKind.SUMMARY,
                        "title",
                        title(document, kind),
                        "subject",
                        messages.getMessage(
                                "document.pdf.subject",
                                new Object[] {
                                    document.plan().districtName(),
                                    document.plan().period()
                                },
                                ItalianFormat.ITALIAN))));
    }
}
