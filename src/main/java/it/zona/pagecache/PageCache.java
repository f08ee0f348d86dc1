package it.zona.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.zona.shared.web.PublicPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves {@link it.zona.shared.web.PublicPage}s to visitors who are not signed in from memory, one
 * copy per address and language, as long as {@link Freshness} says no change they show has
 * committed since they were rendered. It runs before the session and security filters: the
 * answer it keeps is the one those filters let through for an anonymous visitor, headers included,
 * and a request that carries a session or credentials never reaches the copies.
 *
 * <p>Every answer carries a strong ETag and {@code Cache-Control: public, no-cache}: browsers and
 * proxies keep the page and ask each time whether it changed, and get a 304 when it did not.
 * Pages also show the time (a meeting now past, a call now closed), so a copy lives at most
 * {@code zona.page-cache.max-age}.
 */
class PageCache extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, no-cache";
    static final String LANGUAGE_COOKIE = "zona-lang";

    private static final String KEEPABLE = PageCache.class.getName() + ".keepable";
    private static final String RENDERED_AT = PageCache.class.getName() + ".renderedAt";
    private static final String RENDERING = PageCache.class.getName() + ".rendering";

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    /** Headers that belong to one answer, or that the cache sets itself. */
    private static final Set<String> NOT_KEPT = Set.of(
            "date",
            "content-length",
            "transfer-encoding",
            "set-cookie",
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "vary",
            "connection",
            "keep-alive");

    private final Freshness freshness;
    private final Cache<String, CachedPage> pages;
    private final Map<String, CompletableFuture<CachedPage>> inProgress = new ConcurrentHashMap<>();
    private final String sessionCookie;
    private final long maxAgeNanos;

    PageCache(Freshness freshness, String sessionCookie, long maxBytes, Duration maxAge) {
        this.freshness = freshness;
        this.sessionCookie = sessionCookie;
        this.maxAgeNanos = maxAge.toNanos();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage kept = pages.getIfPresent(key);
        if (kept != null && System.nanoTime() - kept.expiresAtNanos() < 0 && fresh(kept)) {
            answer(kept, request, response);
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            // Its body is dropped on the way: only a GET's answer is worth keeping.
            chain.doFilter(request, response);
            return;
        }
        // One rendering of an address at a time: the others wait for it rather than all building
        // the same page at once when a copy has just gone stale.
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> underWay = inProgress.putIfAbsent(key, mine);
        if (underWay != null) {
            CachedPage done = awaited(underWay);
            if (done != null && fresh(done)) {
                answer(done, request, response);
                return;
            }
            mine = null;
        }
        CachedPage page = null;
        if (mine != null) {
            request.setAttribute(RENDERING, Map.entry(key, mine));
        }
        try {
            page = render(key, request, response, chain);
        } finally {
            if (mine != null) {
                mine.complete(page);
                inProgress.remove(key, mine);
            }
        }
    }

    private CachedPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(KEEPABLE, Boolean.TRUE);
        Capture rendering = new Capture(response, () -> request.getAttribute(RENDERED_AT) != null);
        chain.doFilter(request, rendering);
        byte[] body = rendering.held();
        if (body == null) {
            return null;
        }
        CachedPage page = keepable(request, rendering, body);
        if (page != null) {
            pages.put(key, page);
            answer(page, request, response);
        } else {
            response.getOutputStream().write(body);
        }
        return page;
    }

    /** The page another request is rendering, or null if it fails, is not kept or takes too long. */
    private static CachedPage awaited(CompletableFuture<CachedPage> underWay) {
        try {
            return underWay.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * Called by {@link PublicPageMark} as a public page's handler starts, before it reads anything:
     * the changes it may show are those committed up to the answer.
     */
    void starting(HttpServletRequest request) {
        if (request.getAttribute(KEEPABLE) == null) {
            return;
        }
        try {
            request.setAttribute(RENDERED_AT, freshness.now());
        } catch (RuntimeException unreadable) {
            log.warn("Changes unreadable, page not kept: {}", unreadable.toString());
        }
    }

    /**
     * Called by {@link PublicPageMark} as a handler that builds no public page starts (a file of open
     * data, say, streamed for as long as the client takes): the requests waiting for this address to
     * be rendered go their own way at once rather than after the whole answer.
     */
    void notKept(HttpServletRequest request) {
        if (request.getAttribute(RENDERING) instanceof Map.Entry<?, ?> rendering
                && rendering.getValue() instanceof CompletableFuture<?> mine) {
            inProgress.remove(rendering.getKey(), mine);
            mine.complete(null);
        }
    }

    private boolean fresh(CachedPage kept) {
        try {
            freshness.now();
            return freshness.unchangedSince(kept.renderedAt(), kept.district());
        } catch (RuntimeException unreadable) {
            log.warn("Changes unreadable, page rendered again: {}", unreadable.toString());
            return false;
        }
    }

    /** The copy's key, or null when this request must not be answered from, or kept in, memory. */
    private String key(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter("lang") != null) {
            return null;
        }
        boolean api = request.getRequestURI().startsWith("/api/");
        String language = api ? apiLanguage(request) : "it";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return null;
                }
                if (!api
                        && cookie.getName().equals(LANGUAGE_COOKIE)
                        && cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")) {
                    language = "en";
                }
            }
        }
        String query = request.getQueryString();
        return language
                + (request.isSecure() ? " https " : " http ")
                + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }

    /** The API speaks the language of Accept-Language (its problem details, its labels). */
    private static String apiLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            // The first of the languages asked, in the client's order of preference, that Zona speaks.
            for (Locale asked : Collections.list(request.getLocales())) {
                if (asked.getLanguage().equals("en") || asked.getLanguage().equals("it")) {
                    return asked.getLanguage();
                }
            }
        }
        return "it";
    }

    private CachedPage keepable(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return new CachedPage(
                body,
                List.copyOf(headers),
                etag(body),
                (Long) request.getAttribute(RENDERED_AT),
                PublicPages.district(request),
                System.nanoTime() + maxAgeNanos);
    }

    private static void answer(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // Written by the security filters on the way out of the first rendering: they would say no-cache twice.
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        // Pages: the language is chosen by a cookie, and a signed-in visitor sees another page.
        // The API: the language is asked by a header, and a token sees more.
        response.setHeader(
                HttpHeaders.VARY,
                request.getRequestURI().startsWith("/api/") ? "Accept-Language, Authorization" : "Cookie");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (matches(ifNoneMatch, page.etag()) || (ifNoneMatch == null && unmodifiedSince(request, page))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * A page that says when its data last changed (the calendar feeds, the open data catalogues) is
     * not sent again to a client that has it from then on (If-Modified-Since, which RFC 9110 weighs
     * only without If-None-Match).
     */
    private static boolean unmodifiedSince(HttpServletRequest request, CachedPage page) {
        String lastModified = page.headers().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(HttpHeaders.LAST_MODIFIED))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (lastModified == null || since == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
