package it.zona.identity;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may the current user do this in this District?". Roles are read from the database on
 * every check, so a role taken away takes effect at once, on every node, for sessions and tokens.
 * A platform admin holds every right in every District.
 */
@Component
@Transactional(readOnly = true)
public class Access {

    private final Accounts accounts;

    Access(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /**
     * The current account's e-mail address when it is proven (a representative's account, whose
     * first password was sent there): how the account is matched to the seats held under it.
     */
    public Optional<String> confirmedEmail() {
        return current().flatMap(Account::confirmedEmail);
    }

    public boolean isPlatformAdmin() {
        return current().map(Account::isPlatformAdmin).orElse(false);
    }

    /** The current user's role in the District; platform admins are admins everywhere. */
    public Optional<DistrictRole> roleIn(long districtId) {
        return current()
                .flatMap(account ->
                        account.isPlatformAdmin() ? Optional.of(DistrictRole.ADMIN) : account.roleIn(districtId));
    }

    /** District id to role, for the current user's own District memberships. */
    public Map<Long, DistrictRole> memberships() {
        return current().map(Account::roles).orElse(Map.of());
    }

    /**
     * Refuses unless the current user holds at least {@code needed} in the District: anonymous
     * users are asked to sign in, signed-in users without the role are refused.
     */
    public DistrictRole require(long districtId, DistrictRole needed) {
        Account account = signedIn();
        DistrictRole role = account.isPlatformAdmin()
                ? DistrictRole.ADMIN
                : account.roleIn(districtId).orElse(null);
        if (role == null || !role.includes(needed)) {
            throw new AccessDeniedException("Role " + needed + " needed in district " + districtId);
        }
        return role;
    }

    public void requirePlatformAdmin() {
        if (!signedIn().isPlatformAdmin()) {
            throw new AccessDeniedException("Platform admin needed");
        }
    }

    /** The signed-in account itself, for what only its holder may do (accepting an invitation). */
    Account signedIn() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign-in needed"));
    }

    private Optional<Account> current() {
        return username().flatMap(accounts::findByUsername).filter(Account::isEnabled);
    }
}
