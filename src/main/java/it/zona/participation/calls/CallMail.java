package it.zona.participation.calls;

import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.office.OfficeRegistry;
import it.zona.office.PlanningOfficeView;
import it.zona.participation.space.PublicLinks;
import it.zona.plan.PlanFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a call: the invitation and the reminder, in Italian (the recipients are Italian
 * bodies), each with the organisation's personal link. The plain token exists only here, in the
 * text handed to the outbox.
 */
@Component
class CallMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final OfficeRegistry offices;
    private final PublicLinks links;

    CallMail(Mailer mailer, MessageSource messages, OfficeRegistry offices, PublicLinks links) {
        this.mailer = mailer;
        this.messages = messages;
        this.offices = offices;
        this.links = links;
    }

    /** The personal link of a token. */
    String link(String token) {
        return links.to("/nominations/" + token);
    }

    void invitation(PlanFacts plan, CallView call, String organization, String to, String token) {
        send(plan, call, organization, to, token, false);
    }

    /** A reminder carries a new link: the previous one no longer works, and the text says so. */
    void reminder(PlanFacts plan, CallView call, String organization, String to, String token) {
        send(plan, call, organization, to, token, true);
    }

    private void send(PlanFacts plan, CallView call, String organization, String to, String token, boolean reminder) {
        String subject = text(reminder ? "mail.call.reminderSubject" : "mail.call.subject", call.title());
        List<String> lines = new ArrayList<>();
        lines.add(text("mail.call.greeting", organization));
        lines.add("");
        lines.add(text(reminder ? "mail.call.reminderIntro" : "mail.call.intro", plan.districtName(), plan.title()));
        lines.add("");
        lines.add(call.title());
        lines.add("");
        lines.add(call.text());
        lines.add("");
        lines.add(text("mail.call.tables"));
        lines.addAll(call.tables().stream().map(t -> "- " + t.name()).toList());
        lines.add("");
        lines.add(text("mail.call.deadline", CallTimes.format(call.deadline())));
        lines.add("");
        lines.add(text("mail.call.link"));
        lines.add(link(token));
        lines.add("");
        lines.add(text("mail.call.linkUse"));
        if (reminder) {
            lines.add(text("mail.call.reminderNewLink"));
        }
        lines.add("");
        lines.add(text("mail.call.contact", contact(plan)));
        mailer.send(Mail.of(plan.districtId(), to, subject, lines.stream().collect(Collectors.joining("\n"))));
    }

    /** How to reach the planning office, from what the District has published about it. */
    String contact(PlanFacts plan) {
        PlanningOfficeView office = offices.planningOffice(plan.districtSlug());
        List<String> parts = new ArrayList<>();
        parts.add(office.name() != null ? office.name() : text("mail.call.office", plan.districtName()));
        if (office.email() != null) {
            parts.add(office.email());
        } else if (office.pec() != null) {
            parts.add(office.pec());
        }
        if (office.phone() != null) {
            parts.add(office.phone());
        }
        return String.join(", ", parts);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}
