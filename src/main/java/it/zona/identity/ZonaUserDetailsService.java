package it.zona.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account for password checking. Authorities stay coarse (staff or platform admin):
 * District roles are checked by {@link Access} against the database at each request.
 */
@Service
@Transactional(readOnly = true)
class ZonaUserDetailsService implements UserDetailsService {

    static final String STAFF = "ROLE_STAFF";
    static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

    private final Accounts accounts;

    ZonaUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.isEnabled())
                .authorities(account.isPlatformAdmin() ? new String[] {STAFF, PLATFORM_ADMIN} : new String[] {STAFF})
                .build();
    }
}
