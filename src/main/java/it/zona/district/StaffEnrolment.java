package it.zona.district;

import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.identity.StaffInvitationRegistry;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A District admin adding a person to the staff, from the page or the API: someone already on the
 * staff has their role changed; anyone else is invited ({@link StaffInvitationRegistry}) and told by mail,
 * at their account's own address or, for a new account, at the typed one with its temporary
 * password. The admin's answer is the invitation as typed, whether the username exists or not.
 */
@Service
@Transactional
class StaffEnrolment {

    /** The answer: the member whose role changed, or the invitation now waiting. */
    record Outcome(AccountRegistry.Member member, StaffInvitationRegistry.Invitation invitation) {}

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/yyyy").withZone(ZoneId.of("Europe/Rome"));

    private final AccountRegistry accounts;
    private final StaffInvitationRegistry invitations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    StaffEnrolment(
            AccountRegistry accounts,
            StaffInvitationRegistry invitations,
            Mailer mailer,
            MessageSource messages,
            @Value("${zona.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    Outcome add(DistrictAccess access, AccountRegistry.NewAccount typed, DistrictRole role) {
        if (accounts.isMember(access.id(), typed.username())) {
            return new Outcome(accounts.changeRole(access.id(), typed.username(), role), null);
        }
        StaffInvitationRegistry.Invited invited = invitations.invite(access.id(), typed, role);
        if (invited.notice() != null) {
            tell(access.district(), invited);
        }
        return new Outcome(null, invited.invitation());
    }

    // The recipients are Italian staff: the message is in Italian, as the representatives' are.
    private void tell(DistrictRef district, StaffInvitationRegistry.Invited invited) {
        StaffInvitationRegistry.Notice notice = invited.notice();
        List<String> lines = new ArrayList<>(List.of(
                text(
                        "mail.staffInvitation.intro",
                        district.name(),
                        text("role." + invited.invitation().role())),
                ""));
        if (notice.temporaryPassword() != null) {
            lines.addAll(List.of(
                    text("mail.representativeAccount.username", notice.username()),
                    text("mail.representativeAccount.password", notice.temporaryPassword()),
                    text("mail.staffInvitation.change"),
                    ""));
        }
        lines.addAll(List.of(
                text(
                        "mail.staffInvitation.accept",
                        DAY.format(invited.invitation().expiresAt())),
                baseUrl + "/dashboard",
                "",
                text("mail.staffInvitation.ignore")));
        // The platform's mail, not the District's: its outbox would show the District's admins the
        // account's own address, or whether a mail went at all, which tells whether the username exists.
        Mail mail = Mail.of(
                null, notice.to(), text("mail.staffInvitation.subject", district.name()), String.join("\n", lines));
        mailer.send(mail.asConfidential());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ITALIAN);
    }
}
