package it.zona.shared.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language of what people type into Zona (the names of plans, tables, organisations, areas,
 * municipalities, chapters): Italian. On a page in another language such text must say so
 * (WCAG 3.1.2), so a screen reader reads «Tavolo anziani» in Italian; on an Italian page it need
 * not. Templates mark it as {@code th:lang="${@data.lang}"}, which writes no attribute on
 * Italian pages.
 */
@Component("data")
class DataLanguage {

    static final String ITALIAN = Locale.ITALIAN.getLanguage();

    /** {@code "it"} when the page is in another language, otherwise nothing. */
    public String getLang() {
        return ITALIAN.equals(LocaleContextHolder.getLocale().getLanguage()) ? null : ITALIAN;
    }
}
