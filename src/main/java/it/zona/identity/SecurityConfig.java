package it.zona.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Three filter chains. {@code /api/**} is stateless and takes bearer tokens only, so it needs no CSRF
 * protection; so is {@code /actuator/**}, the probes and metrics for operations; every other path is
 * the web site, with form login, a session kept in the database and
 * CSRF tokens on every form. Fine-grained rights (role in a District) are checked by the modules'
 * services through {@link Access}, so that pages and API share them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Pages anyone may ask for; the services still refuse what is private (a plan before approval). */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/districts/*",
        "/districts/*/sittings",
        "/districts/*/resolutions",
        "/sittings/**",
        "/resolutions/**",
        "/districts/*/archive",
        "/archive/**",
        "/districts/*/services",
        "/services/*",
        "/plans/**",
        "/tables/**",
        "/meetings/**",
        "/minutes/**",
        "/proposals/**",
        "/calendar/**",
        "/calls/**",
        // The DCAT-AP_IT catalogues of the open data, for dati.gov.it to harvest.
        "/open-data/catalog",
        "/open-data/catalog.*",
        "/districts/*/open-data/catalog",
        "/districts/*/open-data/catalog.*",
        "/districts/*/funding-sources",
        "/districts/*/services/check",
        // Open data: the installation's page, a District's, a dataset's and its files (module opendata).
        "/open-data",
        "/districts/*/open-data",
        "/districts/*/open-data/*",
        "/login",
        "/error",
        "/accessibility",
        "/privacy",
        "/legal-notes",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/robots.txt",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/documents/*"
    };

    /**
     * Forms anyone may send that change nothing and keep nothing: the eligibility check weighs the
     * answers in memory and answers the page. No CSRF token, since that lives in a session, which
     * would set a cookie on a visitor who must leave no trace.
     */
    static final String[] STATELESS_FORMS = {"/districts/*/services/check"};

    /**
     * The pages of personal links: an organisation's to a call for nominations, a party's to sign the
     * program agreement. No account, so reads and form posts (with their CSRF token) are open; the
     * token in the address is the credential.
     */
    static final String[] PERSONAL_LINK_PAGES = {"/nominations/**", "/agreement-links/**"};

    /**
     * Reads of public data: Districts, their governing bodies with their sittings and resolutions,
     * offices, published plans with their indicators and the services catalogue, the national list. The services refuse, with 401
     * or 403, what is not published.
     */
    static final String[] PUBLIC_API_READS = {
        "/api/v1/districts",
        "/api/v1/districts/*",
        "/api/v1/districts/*/governing-bodies",
        "/api/v1/districts/*/governing-bodies/*",
        "/api/v1/districts/*/governing-bodies/*/quorum-rules",
        "/api/v1/districts/*/sittings",
        "/api/v1/districts/*/resolutions",
        "/api/v1/districts/*/official-documents",
        "/api/v1/districts/*/offices",
        "/api/v1/districts/*/offices/*",
        "/api/v1/districts/*/planning-office",
        "/api/v1/districts/*/plans",
        "/api/v1/districts/*/funding-sources",
        "/api/v1/districts/*/funding-sources/*",
        "/api/v1/districts/*/services",
        "/api/v1/districts/*/open-data",
        "/api/v1/districts/*/open-data/*",
        "/api/v1/services/*",
        "/api/v1/services/*/criteria",
        "/api/v1/service-codes",
        "/api/v1/plans/**",
        "/api/v1/indicators/**",
        "/api/v1/interventions/*/progress",
        "/api/v1/tables/**",
        "/api/v1/meetings/**",
        "/api/v1/minutes/**",
        "/api/v1/proposals/**",
        "/api/v1/calls/**",
        "/api/v1/sittings/**",
        "/api/v1/resolutions/**",
        "/api/v1/official-documents/**",
        "/api/v1/municipalities",
        "/api/v1/municipalities/*",
        "/api/v1/documents/*",
        "/api/v1/documents/*/content"
    };

    /** Stateless questions anyone may ask the API: the eligibility check, which stores nothing. */
    static final String[] PUBLIC_API_QUESTIONS = {"/api/v1/districts/*/eligibility"};

    /**
     * Argon2id with the first parameter set OWASP recommends (19 MiB of memory, 2 iterations, 1
     * lane, 16-byte salt, 32-byte hash). Hashes carry their algorithm id, so the parameters can be
     * raised later and old hashes keep working.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, clock));
    }

    /** Requests no controller answers: a 404 for everyone rather than a sign-in for an address that is not there. */
    @Bean
    NoHandlerMatcher unknownAddresses(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) {
        return new NoHandlerMatcher(controllers);
    }

    /**
     * Spring Boot Actuator: the liveness and readiness probes are public (they answer only UP or
     * DOWN), the metrics in Prometheus format are for platform admins with a bearer token, and
     * everything else is refused even if someone exposes more endpoints by configuration.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(
            HttpSecurity http, ApiTokenIntrospector introspector, ApiSecurityProblems problems, Access access)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> platformAdmin =
                (authentication, request) -> new AuthorizationDecision(access.isPlatformAdmin());
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .access(platformAdmin)
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokenIntrospector introspector,
            ApiSecurityProblems problems,
            NoHandlerMatcher unknownAddresses)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_QUESTIONS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_API_READS)
                        .permitAll()
                        .requestMatchers(unknownAddresses)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.cacheControl(cache -> {}));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            LoginHandlers login,
            AuthenticationManager authentication,
            NoHandlerMatcher unknownAddresses)
            throws Exception {
        // The form login must use the throttled manager: left alone, Spring Security would build a
        // plain one from the UserDetailsService and failures would never lock anything.
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                        .permitAll()
                        // A HEAD is a GET without its body.
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, STATELESS_FORMS)
                        .permitAll()
                        .requestMatchers(PERSONAL_LINK_PAGES)
                        .permitAll()
                        .requestMatchers(unknownAddresses)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, STATELESS_FORMS[0])))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(login)
                        .failureHandler(login)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toLoginPage())
                        .accessDeniedHandler(
                                (request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
                .addFilterAfter(new PasswordChangeFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; base-uri 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Sends the anonymous to the login page with a relative address: the default builds it from
     * the request's Host header, which whoever sends the request chooses.
     */
    private static LoginUrlAuthenticationEntryPoint toLoginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }
}
