package it.zona.shared.web;

import it.zona.shared.PlatformConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

    /** An amount in euros with its cents, grouped as the language groups it: {@code 12.345,67}. */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : number("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A decimal with up to two places and no trailing zeros: {@code 1,5} full-time equivalents. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : number("#,##0.##").format(value);
    }

    /** A change in percent with its sign, {@code +12,5 %}; a dash when there is nothing to compare with. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return (value.signum() > 0 ? "+" : "") + number("#,##0.0").format(value) + " %";
    }

    /** A part of a whole in percent with one decimal, {@code 42,5 %}; a dash when the whole is nothing. */
    public String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return "—";
        }
        return number("#,##0.0").format(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP))
                + " %";
    }

    /** A difference in euros with its sign: {@code +1.200,00}. */
    public String signedAmount(BigDecimal amount) {
        return amount == null ? "" : (amount.signum() > 0 ? "+" : "") + amount(amount);
    }

    private static DecimalFormat number(String pattern) {
        DecimalFormat format =
                new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private DateTimeFormatter formatter(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
