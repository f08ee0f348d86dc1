package it.zona.participation.calls;

import it.zona.shared.PlatformConfig;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Deadlines are written and read as the Italian civil time (Europe/Rome), whatever the server's
 * zone: a deadline typed as 31/10 12:00 is noon in Rome, in summer and in winter.
 */
final class CallTimes {

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CallTimes() {}

    static Instant instant(LocalDateTime local) {
        return local.atZone(PlatformConfig.ZONE).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, PlatformConfig.ZONE);
    }

    /** 31/10/2023 12:00, in Rome: the same in Italian and English, for refusals and e-mail. */
    static String format(Instant instant) {
        return NUMERIC.format(local(instant));
    }
}
