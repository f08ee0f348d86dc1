package it.zona.document;

import it.zona.shared.PlatformConfig;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures and dates as the printed document shows them, always in Italian whatever the reader's
 * language: {@code 12.345,67 €}, {@code 1,50}, {@code 42.129}, {@code 24/09/2020}. Templates call
 * it as {@code ${fmt.money(x)}}; so do the other modules' printed documents (the monitoring report).
 */
public final class ItalianFormat {

    static final Locale ITALIAN = Locale.ITALIAN;
    public static final ItalianFormat INSTANCE = new ItalianFormat();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", ITALIAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ITALIAN);

    private ItalianFormat() {}

    /** Euros with two decimals: {@code 12.345,67 €}. */
    public String money(BigDecimal amount) {
        return amount == null ? "—" : decimal("#,##0.00").format(amount) + " €";
    }

    /** Two decimals, as full-time equivalents are counted: {@code 1,50}. */
    public String decimal(BigDecimal value) {
        return value == null ? "—" : decimal("#,##0.00").format(value);
    }

    /** A figure as it was given, with thousands grouped: {@code 1.240} or {@code 12,5}. */
    public String figure(BigDecimal value) {
        return value == null ? "—" : decimal("#,##0.##########").format(value);
    }

    public String integer(Number value) {
        return value == null ? "—" : decimal("#,##0").format(value);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : decimal("#,##0.0").format(value) + " %";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PlatformConfig.ZONE));
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(ITALIAN));
        format.setParseBigDecimal(true);
        return format;
    }
}
