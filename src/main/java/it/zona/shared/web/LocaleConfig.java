package it.zona.shared.web;

import it.zona.shared.PlatformConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Italian first. Pages speak Italian unless the visitor chose English (a {@code lang} parameter,
 * remembered in a technical cookie); the API follows the client's Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    /**
     * messages_it and messages_en, no base bundle: a key missing in one language shows as missing
     * (and fails the i18n test) instead of quietly falling back to the other language.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new DatesInTheirLanguage();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ITALIAN);
        return messages;
    }

    /**
     * A message's dates and times are written as the page's language writes them: a rule that
     * says "open until 15/12/2026" passes the date, not its ISO text.
     */
    static final class DatesInTheirLanguage extends ResourceBundleMessageSource {

        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            Object[] resolved = super.resolveArguments(args, locale);
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof LocalDate date) {
                    resolved[i] = pattern("format.date", locale).format(date);
                } else if (resolved[i] instanceof LocalDateTime dateTime) {
                    resolved[i] = pattern("format.dateTime", locale).format(dateTime);
                } else if (resolved[i] instanceof Instant instant) {
                    resolved[i] = pattern("format.dateTime", locale).format(instant.atZone(PlatformConfig.ZONE));
                }
            }
            return resolved;
        }

        private DateTimeFormatter pattern(String key, Locale locale) {
            return DateTimeFormatter.ofPattern(getMessage(key, null, locale), locale);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ZonaLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class ZonaLocaleResolver implements LocaleResolver {

        private final CookieLocaleResolver pages = new CookieLocaleResolver("zona-lang");
        private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

        ZonaLocaleResolver() {
            pages.setDefaultLocale(Locale.ITALIAN);
            pages.setCookieMaxAge(Duration.ofDays(365));
            pages.setCookieSameSite("Lax");
            pages.setCookieHttpOnly(true);
            api.setSupportedLocales(SUPPORTED);
            api.setDefaultLocale(Locale.ITALIAN);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (isApi(request)) {
                return api.resolveLocale(request);
            }
            return supported(pages.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (!isApi(request)) {
                pages.setLocale(request, response, supported(locale));
            }
        }

        private static boolean isApi(HttpServletRequest request) {
            return ApiRequests.isApi(request);
        }

        private static Locale supported(Locale locale) {
            return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                    ? Locale.ENGLISH
                    : Locale.ITALIAN;
        }
    }
}
