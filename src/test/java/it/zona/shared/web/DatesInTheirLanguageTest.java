package it.zona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

class DatesInTheirLanguageTest {

    private final MessageSource messages = new LocaleConfig().messageSource();

    @Test
    void aDateInARuleIsWrittenAsThePagesLanguageWritesIt() {
        Object[] until = {LocalDate.of(2026, 12, 15)};

        assertThat(messages.getMessage("error.minutes.remarksStillOpen", until, Locale.ITALIAN))
                .contains("15/12/2026")
                .doesNotContain("2026-12-15");
        assertThat(messages.getMessage("error.minutes.remarksStillOpen", until, Locale.ENGLISH))
                .contains("15 Dec 2026");
    }

    @Test
    void anInstantIsWrittenInItalianTime() {
        Object[] at = {Instant.parse("2026-07-01T22:30:00Z")};

        assertThat(messages.getMessage("error.minutes.remarksStillOpen", at, Locale.ITALIAN))
                .contains("02/07/2026 00:30");
    }
}
