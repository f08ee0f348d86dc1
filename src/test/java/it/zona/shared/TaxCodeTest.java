package it.zona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"12345670488", "00000000000", "80012000826", "99000000010"})
    void elevenDigitCodesWithTheRightCheckDigitAreValid(String code) {
        assertThat(TaxCode.isValid(code)).isTrue();
        assertThat(TaxCode.isValidNumeric(code)).isTrue();
        assertThat(new TaxCode(code).isPersonal()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345670487", "12345670480", "1234567048", "123456704888", "1234567048A", ""})
    void elevenDigitCodesWithAWrongCheckDigitOrLengthAreInvalid(String code) {
        assertThat(TaxCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "rssmra85t10a562s", "RSS MRA 85T10 A562S", "VRDGPP13R10B293P"})
    void personalCodesWithTheRightCheckLetterAreValidWhateverTheCaseAndSpaces(String code) {
        TaxCode taxCode = new TaxCode(code);
        assertThat(taxCode.isPersonal()).isTrue();
        assertThat(taxCode.value()).doesNotContain(" ").isUpperCase();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA85T10A562T", // wrong check letter
                "RSSMRA85Z10A562B", // Z is not a month (the check letter is right)
                "RSSMRA85T32A562Y", // day 32 (the check letter is right)
                "RSSMRA85T10A5621", // check character must be a letter
                "RSSMRA85T10A562" // too short
            })
    void personalCodesThatDoNotCheckOutAreInvalid(String code) {
        assertThat(TaxCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A56NH", "RSSMRA85T1MA562J"})
    void omocodiaLettersStandingForDigitsAreAccepted(String code) {
        // RSSMRA85T10A562S with its last digits replaced by letters (2 -> N, 0 -> M), check letter recomputed.
        assertThat(TaxCode.isValidPersonal(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T50A562W", "RSSMRA85T41A562U"})
    void womensCodesAddFortyToTheDayOfBirth(String code) {
        assertThat(TaxCode.isValidPersonal(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345670487", "RSSMRA85T10A562T", "not a code"})
    void aTaxCodeCannotBeMadeWithAWrongCheckCharacter(String code) {
        assertThatThrownBy(() -> new TaxCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567048", "9900000001", "0000000000"})
    void theNumericCheckDigitCompletesTenDigitsIntoAValidCode(String tenDigits) {
        assertThat(TaxCode.isValidNumeric(tenDigits + TaxCode.numericCheckDigit(tenDigits)))
                .isTrue();
    }
}
