package it.zona.sitting;

import it.zona.document.PdfA;
import it.zona.shared.Markdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a resolution as a PDF/A in Italian: the act's heading and number, the sitting (date, call,
 * place), what it decides on for a plan, who attended and the quorum, the votes by name with their
 * weights and the tally, and the text approved.
 */
@Component
class ResolutionWriter {

    static final String PDF = "resolution/resolution-pdf";

    private final ITemplateEngine templates;
    private final PdfA pdf;

    ResolutionWriter(ITemplateEngine templates, PdfA pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] write(
            SittingRegistry.Scene scene, Resolution resolution, AgendaItem item, Decides decides, List<Vote> votes) {
        Map<Long, Seat> seats = scene.seatsById();
        // Plain values and maps: the template's expressions reach only public types.
        List<Map<String, Object>> named = new ArrayList<>();
        for (Vote vote : votes) {
            Seat seat = seats.get(vote.personId());
            Map<String, Object> line = new HashMap<>();
            line.put("name", seat == null ? "" : seat.personName());
            line.put("municipality", seat == null ? null : seat.municipalityName());
            line.put("choice", vote.choice().name());
            line.put("weight", vote.weight());
            named.add(line);
        }
        Context context = new Context(Locale.ITALIAN);
        context.setVariable("districtName", scene.district.name());
        context.setVariable("bodyName", scene.body.name());
        context.setVariable("number", resolution.number());
        context.setVariable("adoptedOn", resolution.adoptedOn());
        context.setVariable("title", resolution.title());
        context.setVariable("decides", decides);
        context.setVariable("secondCall", scene.sitting.heldAtCall() == Call.SECOND);
        context.setVariable(
                "place", scene.sitting.place() != null ? scene.sitting.place() : scene.sitting.onlineLink());
        context.setVariable("tally", item.tally());
        context.setVariable("quorum", scene.quorum());
        context.setVariable("votes", named);
        context.setVariable("textHtml", resolution.text() == null ? "" : Markdown.html(resolution.text()));
        return pdf.write(templates.process(PDF, context));
    }
}
