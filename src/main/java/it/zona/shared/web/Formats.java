package it.zona.shared.web;

import it.zona.shared.PlatformConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them in the page's language ({@code 24/09/2020} in Italian,
 * {@code 24 Sep 2020} in English), and instants in Italian civil time. Templates call it as
 * {@code ${@formats.date(d)}}.
 */
@Component("formats")
public class Formats {

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    public String date(LocalDate date) {
        return date == null ? "" : formatter("format.date").format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : formatter("format.time").format(time);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter("format.dateTime").format(instant.atZone(PlatformConfig.ZONE));
    }

    private DateTimeFormatter formatter(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
