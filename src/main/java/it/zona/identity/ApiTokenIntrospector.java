package it.zona.identity;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Resolves a bearer token against our own token table; the principal's name is the username. */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final TokenService tokens;

    ApiTokenIntrospector(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Account account =
                tokens.accountFor(token).orElseThrow(() -> new BadOpaqueTokenException("Unknown or expired token"));
        List<GrantedAuthority> authorities = account.isPlatformAdmin()
                ? List.of(
                        new SimpleGrantedAuthority(ZonaUserDetailsService.STAFF),
                        new SimpleGrantedAuthority(ZonaUserDetailsService.PLATFORM_ADMIN))
                : List.of(new SimpleGrantedAuthority(ZonaUserDetailsService.STAFF));
        return new DefaultOAuth2AuthenticatedPrincipal(
                account.username(), Map.of("sub", account.username()), authorities);
    }
}
