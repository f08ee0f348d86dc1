package it.zona.sitting.convocation;

import it.zona.document.PdfA;
import it.zona.shared.Markdown;
import it.zona.sitting.SittingView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agenda (ordine del giorno) as PDF/A, in Italian: the body, the calls with day, time and place,
 * and each item with the resolution it would amend or revoke and the text proposed. Written when it
 * is asked for: it follows the convocation until the sitting decides, and then changes no more.
 */
@Component
class AgendaPdf {

    static final String TEMPLATE = "sitting/agenda-pdf";

    private final ITemplateEngine templates;
    private final PdfA pdf;

    AgendaPdf(ITemplateEngine templates, PdfA pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] write(SittingView sitting, String districtName) {
        // The proposals as safe HTML, by item number.
        Map<Integer, String> proposals = new HashMap<>();
        sitting.items().stream()
                .filter(item -> item.proposal() != null)
                .forEach(item -> proposals.put(item.number(), Markdown.html(item.proposal(), item.title())));
        Context context = new Context(Locale.ITALIAN);
        context.setVariable("districtName", districtName);
        context.setVariable("sitting", sitting);
        context.setVariable("proposals", proposals);
        return pdf.write(templates.process(TEMPLATE, context));
    }

    static String fileName(SittingView sitting) {
        return "ordine-del-giorno-" + sitting.date() + ".pdf";
    }
}
