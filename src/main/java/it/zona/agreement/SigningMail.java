package it.zona.agreement;

import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.plan.PlanFacts;
import it.zona.shared.PlatformConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail that gives a party its personal link, in Italian (the parties are Italian public
 * bodies). The plain token exists only here, in the text handed to the outbox, which keeps it for
 * the recipient alone.
 */
@Component
class SigningMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Mailer mailer;
    private final MessageSource messages;
    private final String base;

    SigningMail(
            Mailer mailer, MessageSource messages, @Value("${zona.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The address of a link's page. */
    String link(String token) {
        return base + "/agreement-links/" + token;
    }

    void send(
            PlanFacts plan,
            AgreementView agreement,
            AgreementView.PartyView party,
            String to,
            String token,
            Instant expiresAt) {
        String subject = text("mail.agreementLink.subject", agreement.title());
        List<String> lines = new ArrayList<>();
        lines.add(text("mail.agreementLink.greeting", party.organization().name()));
        lines.add("");
        lines.add(text("mail.agreementLink.intro", plan.districtName(), plan.title()));
        lines.add("");
        lines.add(agreement.title());
        lines.add(text("mail.agreementLink.signatory", party.signatoryName(), party.signatoryRole()));
        lines.add(text("mail.agreementLink.sha256", agreement.frozenSha256()));
        lines.add("");
        lines.add(text("mail.agreementLink.link"));
        lines.add(link(token));
        lines.add("");
        lines.add(text(
                "mail.agreementLink.linkUse",
                DAY.format(expiresAt.atZone(PlatformConfig.ZONE)),
                SigningLinks.VALID_DAYS));
        lines.add("");
        lines.add(text("mail.agreementLink.office", plan.districtName()));
        mailer.send(Mail.of(plan.districtId(), to, subject, String.join("\n", lines))
                .asConfidential());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ITALIAN);
    }
}
