package it.zona.sitting.minutes;

import it.zona.document.PdfA;
import it.zona.shared.PlatformConfig;
import it.zona.sitting.QuorumCheck;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Approved minutes as PDF/A, in Italian whatever the page's language, as the act is: the sitting,
 * who attended, the quorum and why, each item with its votes by name, their weights, the outcome
 * and the resolution, the office's notes and the approval.
 */
@Component
class SittingMinutesPdf {

    static final String TEMPLATE = "sitting/minutes-pdf";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ITALIAN).withZone(PlatformConfig.ZONE);

    private final ITemplateEngine templates;
    private final PdfA pdf;
    private final MessageSource messages;

    SittingMinutesPdf(ITemplateEngine templates, PdfA pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] write(SittingMinutesView minutes) {
        MinutesContent facts = minutes.content();
        Context context = new Context(Locale.ITALIAN);
        context.setVariable("minutes", minutes);
        context.setVariable("facts", facts);
        context.setVariable("approvedAt", DATE_TIME.format(minutes.approvedAt()));
        QuorumCheck quorum = facts.quorum();
        context.setVariable(
                "membersNeed", it("quorum.need." + quorum.membersShare().name()));
        context.setVariable(
                "populationNeed", it("quorum.need." + quorum.populationShare().name()));
        // The rules each decided item was counted by, in words, by item number.
        Map<Integer, String> majorities = new HashMap<>();
        Map<Integer, String> bases = new HashMap<>();
        facts.items().stream().filter(item -> item.tally() != null).forEach(item -> {
            majorities.put(
                    item.number(), it("quorum.share." + item.tally().majority().name()));
            bases.put(item.number(), it("quorum.basis." + item.tally().basis().name()));
        });
        context.setVariable("majorities", majorities);
        context.setVariable("bases", bases);
        return pdf.write(templates.process(TEMPLATE, context));
    }

    private String it(String key) {
        return messages.getMessage(key, null, Locale.ITALIAN);
    }
}
