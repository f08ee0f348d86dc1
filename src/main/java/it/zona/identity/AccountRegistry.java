package it.zona.identity;

import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts and their District roles. A new account gets a temporary password, shown once to
 * the admin who created it and to be changed at the first sign-in: nobody chooses another person's
 * password, and no account has a default one.
 */
@Service
@Transactional
public class AccountRegistry {

    private static final String ENTITY = "Account";
    // No look-alike characters (0/O, 1/l/I) in passwords that are read out or copied by hand.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final Access access;
    private final PasswordEncoder encoder;
    private volatile Map.Entry<String, String> demoHash;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    AccountRegistry(
            Accounts accounts,
            Access access,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.access = access;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
    }

    public record Member(String username, String displayName, String email, DistrictRole role) {}

    public record NewAccount(String username, String displayName, String email) {}

    /** The account and, when it was created now, its temporary password (null for an existing account). */
    public record Granted(String username, String temporaryPassword) {}

    @Transactional(readOnly = true)
    /** The District's staff, with their e-mail addresses: its admins only. */
    public List<Member> members(long districtId) {
        access.require(districtId, DistrictRole.ADMIN);
        return accounts.findMembersOf(districtId).stream()
                .map(a -> new Member(
                        a.username(),
                        a.displayName(),
                        a.email(),
                        a.roleIn(districtId).orElseThrow()))
                .toList();
    }

    /**
     * The e-mail addresses of a District's admins, for the mail the platform itself sends them (the
     * weekly monitoring digest): no user asks, so there is no one to check. Never for a page.
     */
    @Transactional(readOnly = true)
    public List<String> adminAddresses(long districtId) {
        return accounts.findMembersOf(districtId).stream()
                .filter(a -> a.roleIn(districtId).orElse(null) == DistrictRole.ADMIN)
                .map(Account::email)
                .filter(email -> email != null && !email.isBlank())
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(normalize(username));
    }

    /**
     * Gives {@code role} in the District to the account, creating it first when {@code newAccount}
     * names one that does not exist. The platform's own path (the first platform admin, a District's
     * first admin, the demo, tests): an existing account that holds no role in the District gets one
     * here only from a platform admin. A District admin invites it instead ({@link StaffInvitationRegistry}),
     * and the role exists once its holder accepts: no page or API call gives one through here.
     */
    public Granted grant(long districtId, NewAccount newAccount, DistrictRole role) {
        access.require(districtId, DistrictRole.ADMIN);
        String username = normalize(newAccount.username());
        Account account = accounts.findByUsername(username).orElse(null);
        String temporaryPassword = null;
        if (account == null) {
            requireValidUsername(username);
            String email = PlainText.blankToNull(newAccount.email());
            requireFreeEmail(email);
            temporaryPassword = temporaryPassword();
            String displayName = PlainText.blankToNull(newAccount.displayName());
            account = accounts.save(Account.withTemporaryPassword(
                    username, displayName == null ? username : displayName, email, encoder.encode(temporaryPassword)));
            events.publishEvent(EntityChanged.created(districtId, ENTITY, username, view(account)));
        } else if (account.roleIn(districtId).isEmpty() && !access.isPlatformAdmin()) {
            throw new AccessDeniedException("A District admin invites an existing account, never enrols it");
        }
        give(account, districtId, role);
        return new Granted(username, temporaryPassword);
    }

    /** Changes the role of someone already on the District's staff (who once accepted to be). */
    public Member changeRole(long districtId, String username, DistrictRole role) {
        access.require(districtId, DistrictRole.ADMIN);
        Account account = member(districtId, username);
        give(account, districtId, role);
        return new Member(account.username(), account.displayName(), account.email(), role);
    }

    /** Whether the username is on the District's staff, which its admins see anyway. */
    @Transactional(readOnly = true)
    public boolean isMember(long districtId, String username) {
        access.require(districtId, DistrictRole.ADMIN);
        return accounts.findByUsername(normalize(username))
                .flatMap(a -> a.roleIn(districtId))
                .isPresent();
    }

    /** Gives the role, keeping one admin at least, and records the change. */
    void give(Account account, long districtId, DistrictRole role) {
        String username = account.username();
        DistrictRole before = account.roleIn(districtId).orElse(null);
        if (before == DistrictRole.ADMIN && role != DistrictRole.ADMIN) {
            requireAnotherAdmin(districtId, username);
        }
        account.grant(districtId, role);
        events.publishEvent(new EntityChanged(
                districtId,
                "Membership",
                username,
                before == null ? EntityChanged.Action.CREATED : EntityChanged.Action.UPDATED,
                before == null ? null : new MembershipView(username, before),
                new MembershipView(username, role),
                null));
    }

    private Account member(long districtId, String username) {
        return accounts.findByUsername(normalize(username))
                .filter(a -> a.roleIn(districtId).isPresent())
                .orElseThrow(() -> new NotFoundException("error.member.notFound", username));
    }

    /** One address, one account (the database's unique index says the same, whatever the case). */
    void requireFreeEmail(String email) {
        if (email != null && accounts.existsByEmailIgnoreCase(email)) {
            throw RuleViolationException.conflict("email", "error.account.emailTaken", email);
        }
    }

    /**
     * Opens an account for a representative at the District's tables: no role in any District, and
     * a temporary password the caller must send to {@code newAccount.email()} only, never show.
     * One account per address, so that the address names one person.
     */
    public Granted openForRepresentative(long districtId, NewAccount newAccount) {
        access.require(districtId, DistrictRole.ADMIN);
        String username = normalize(newAccount.username());
        requireValidUsername(username);
        String email = PlainText.blankToNull(newAccount.email());
        if (email == null) {
            throw RuleViolationException.invalid("email", "error.account.emailMissing");
        }
        if (accounts.existsByUsername(username)) {
            throw RuleViolationException.conflict("username", "error.account.usernameTaken", username);
        }
        requireFreeEmail(email);
        String temporaryPassword = temporaryPassword();
        String displayName = PlainText.blankToNull(newAccount.displayName());
        Account account = accounts.save(Account.forRepresentative(
                username, displayName == null ? username : displayName, email, encoder.encode(temporaryPassword)));
        events.publishEvent(EntityChanged.created(districtId, ENTITY, username, view(account)));
        return new Granted(username, temporaryPassword);
    }

    /** Whether some account already uses the address. */
    @Transactional(readOnly = true)
    public boolean hasAccountFor(String email) {
        return email != null && accounts.existsByEmailIgnoreCase(email.strip());
    }

    public void revoke(long districtId, String username) {
        access.require(districtId, DistrictRole.ADMIN);
        Account account = member(districtId, username);
        DistrictRole before = account.roleIn(districtId).orElseThrow();
        if (before == DistrictRole.ADMIN) {
            requireAnotherAdmin(districtId, account.username());
        }
        account.revoke(districtId);
        events.publishEvent(EntityChanged.deleted(
                districtId, "Membership", account.username(), new MembershipView(account.username(), before)));
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account =
                accounts.findByUsername(access.username().orElseThrow()).orElseThrow();
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw RuleViolationException.invalid("currentPassword", "validation.password.wrongCurrent");
        }
        policy.check("newPassword", newPassword, account.username());
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw RuleViolationException.invalid("newPassword", "validation.password.unchanged");
        }
        account.changePassword(encoder.encode(newPassword), false);
        events.publishEvent(EntityChanged.updated(null, ENTITY, account.username(), view(account), view(account))
                .because("password changed"));
    }

    /**
     * Creates an account with a chosen password: only for the first platform admin (from settings)
     * and for demo accounts, never from a page or the API.
     */
    public void provision(String username, String displayName, String password, boolean platformAdmin) {
        policy.check("password", password, username);
        save(username, displayName, encoder.encode(password), platformAdmin);
    }

    /**
     * Demo mode only: an account with the documented demo password, which is shorter than the
     * policy allows so that people trying Zona can type it.
     */
    public void provisionDemoAccount(String username, String displayName, String password, boolean platformAdmin) {
        if (!accounts.existsByUsername(normalize(username))) {
            save(username, displayName, demoHash(password), platformAdmin);
        }
    }

    /** Demo mode only: a representative's account, with the demo password and its address proven. */
    public void provisionDemoRepresentative(String username, String displayName, String email, String password) {
        if (!accounts.existsByUsername(normalize(username))) {
            Account account = Account.forRepresentative(normalize(username), displayName, email, demoHash(password));
            account.changePassword(account.passwordHash(), false);
            accounts.save(account);
        }
    }

    /**
     * The demo accounts share one documented password: it is hashed once, not once per account (a
     * hash costs tens of milliseconds by design, and the demo is loaded before anything is served).
     */
    private String demoHash(String password) {
        Map.Entry<String, String> known = demoHash;
        if (known == null || !known.getKey().equals(password)) {
            known = Map.entry(password, encoder.encode(password));
            demoHash = known;
        }
        return known.getValue();
    }

    private void save(String username, String displayName, String passwordHash, boolean platformAdmin) {
        Account account = new Account(normalize(username), displayName, null, passwordHash);
        if (platformAdmin) {
            account.makePlatformAdmin();
        }
        accounts.save(account);
        events.publishEvent(EntityChanged.created(null, ENTITY, account.username(), view(account)));
    }

    private void requireAnotherAdmin(long districtId, String username) {
        boolean another = accounts.findMembersOf(districtId).stream()
                .anyMatch(a ->
                        !a.username().equals(username) && a.roleIn(districtId).orElseThrow() == DistrictRole.ADMIN);
        if (!another) {
            throw RuleViolationException.conflict("role", "error.member.lastAdmin");
        }
    }

    static void requireValidUsername(String username) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw RuleViolationException.invalid("username", "validation.username");
        }
    }

    static String normalize(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static AccountView view(Account account) {
        return new AccountView(account.username(), account.displayName(), account.email(), account.isPlatformAdmin());
    }

    /** What the audit log keeps of an account: never the password hash. */
    record AccountView(String username, String displayName, String email, boolean platformAdmin) {}

    record MembershipView(String username, DistrictRole role) {}
}
