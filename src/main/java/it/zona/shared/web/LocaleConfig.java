package it.zona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
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
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ITALIAN);
        return messages;
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
