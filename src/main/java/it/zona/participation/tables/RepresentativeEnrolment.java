package it.zona.participation.tables;

import it.zona.identity.AccountRegistry;
import it.zona.identity.AccountRegistry.NewAccount;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.participation.space.ParticipationAccess;
import it.zona.participation.space.PublicLinks;
import it.zona.shared.RuleViolationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people who sit at the tables, so that they can follow their tables from their
 * own page. The first password goes by e-mail to the address the seat holds and to nobody else:
 * the admin who opens the account never sees it, and that is what lets the address stand for the
 * person (see {@link TableMembership#seatsOfCurrentUser()}).
 */
@Service
@Transactional
public class RepresentativeEnrolment {

    /** Which of a seat's two people the account is for. */
    public enum Holder {
        REPRESENTATIVE,
        SUBSTITUTE
    }

    /** An opened account: its username and the address its first password went to. */
    public record Opened(String username, String email) {}

    private final TableRegistry tables;
    private final TableMembership membership;
    private final ParticipationAccess access;
    private final AccountRegistry accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicLinks links;

    RepresentativeEnrolment(
            TableRegistry tables,
            TableMembership membership,
            ParticipationAccess access,
            AccountRegistry accounts,
            Mailer mailer,
            MessageSource messages,
            PublicLinks links) {
        this.tables = tables;
        this.membership = membership;
        this.access = access;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.links = links;
    }

    /** Whether the seat's representative and substitute already have an account, by address. */
    @Transactional(readOnly = true)
    public boolean hasAccount(Representative person) {
        return person != null && accounts.hasAccountFor(person.email());
    }

    public Opened open(long tableId, long memberId, Holder holder, String username) {
        ThematicTable table = tables.find(tableId);
        access.requireAdmin(table.districtId());
        TableMemberView seat = membership.get(tableId, memberId);
        if (!seat.active()) {
            throw RuleViolationException.conflict(null, "error.member.ended");
        }
        Representative person = holder == Holder.SUBSTITUTE ? seat.substitute() : seat.representative();
        if (person == null || person.email() == null) {
            throw RuleViolationException.invalid("holder", "error.representativeAccount.noEmail");
        }
        AccountRegistry.Granted granted = accounts.openForRepresentative(
                table.districtId(), new NewAccount(username, person.name(), person.email()));
        mailer.send(Mail.of(
                        table.districtId(),
                        person.email(),
                        text("mail.representativeAccount.subject"),
                        String.join(
                                "\n",
                                List.of(
                                        text("mail.representativeAccount.greeting", person.name()),
                                        "",
                                        text(
                                                "mail.representativeAccount.intro",
                                                seat.organization().name(),
                                                TableNames.referenceTo(table.name())),
                                        "",
                                        text("mail.representativeAccount.username", granted.username()),
                                        text("mail.representativeAccount.password", granted.temporaryPassword()),
                                        "",
                                        text("mail.representativeAccount.link"),
                                        links.to("/login"),
                                        "",
                                        text("mail.representativeAccount.change"))))
                .asConfidential());
        return new Opened(granted.username(), person.email());
    }

    /** A username to suggest from an address: its part before the @, as usernames are written. */
    static String suggestedUsername(String email) {
        if (email == null) {
            return "";
        }
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.replaceAll("[^a-z0-9._-]", "").replaceFirst("^[._-]+", "");
    }

    // The recipients are Italian bodies: the message is in Italian, as the calls' are.
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ITALIAN);
    }
}
