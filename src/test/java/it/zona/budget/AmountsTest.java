package it.zona.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final Locale ENGLISH = Locale.ENGLISH;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,56|1234.56",
                "1234,56|1234.56",
                "1234.56|1234.56",
                "1.234|1234.00",
                "1.234.567|1234567.00",
                "12,5|12.50",
                "€ 1.000,00|1000.00",
                "0|0.00"
            })
    void italianReadersTypeAmountsTheItalianWay(String typed, String amount) {
        assertThat(Amounts.parse(typed, ITALIAN, "amount")).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1,234.56|1234.56", "1,234|1234.00", "1234.5|1234.50", "12,5|12.50"})
    void englishReadersTypeThemTheEnglishWay(String typed, String amount) {
        assertThat(Amounts.parse(typed, ENGLISH, "amount")).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-5|error.amount.negative",
                "1,234|error.amount.tooPrecise",
                "10,005|error.amount.tooPrecise",
                "dieci|error.amount.unreadable",
                "1.2.3,4,5|error.amount.unreadable"
            })
    void whatIsNotAnAmountIsRefusedSayingWhy(String typed, String reason) {
        assertThatThrownBy(() -> Amounts.parse(typed, ITALIAN, "amount"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"0.10", "99.99", "1000000"})
    void amountsAreKeptWithTwoDecimals(String amount) {
        assertThat(Amounts.require(new BigDecimal(amount), "amount").scale()).isEqualTo(2);
    }
}
