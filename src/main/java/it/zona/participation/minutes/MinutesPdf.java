package it.zona.participation.minutes;

import it.zona.document.PdfA;
import it.zona.participation.meetings.MeetingView;
import it.zona.plan.PlanFacts;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Approved minutes as PDF/A: District, plan, table, meeting, version and what it corrects, the
 * attendance as approved, the body, the decisions and the approval. In Italian, as the act is.
 */
@Component
class MinutesPdf {

    static final String TEMPLATE = "participation/minutes-pdf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALIAN);

    private final ITemplateEngine templates;
    private final PdfA pdf;

    MinutesPdf(ITemplateEngine templates, PdfA pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] write(PlanFacts plan, MeetingView meeting, MinutesView minutes) {
        Context context = new Context(
                Locale.ITALIAN,
                Map.of(
                        "plan",
                        plan,
                        "meeting",
                        meeting,
                        "minutes",
                        minutes,
                        "date",
                        meeting.date().format(DATE),
                        "approvedAtMeetingDate",
                        minutes.approvedAtMeetingDate() == null
                                ? ""
                                : minutes.approvedAtMeetingDate().format(DATE),
                        "remarksClosedOn",
                        minutes.remarksClosedOn() == null
                                ? ""
                                : minutes.remarksClosedOn().format(DATE)));
        return pdf.write(templates.process(TEMPLATE, context));
    }

    static String fileName(MeetingView meeting, MinutesView minutes) {
        return "verbale-" + meeting.date() + "-v" + minutes.number() + ".pdf";
    }
}
