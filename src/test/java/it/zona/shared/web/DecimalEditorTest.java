package it.zona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalEditorTest {

    private final DecimalEditor italian = new DecimalEditor(Locale.ITALIAN);
    private final DecimalEditor english = new DecimalEditor(Locale.ENGLISH);

    @Test
    void anItalianPageReadsADecimalCommaAndDotsBetweenThousands() {
        assertThat(italian.parse("14,5")).isEqualByComparingTo("14.5");
        assertThat(italian.parse("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(italian.parse("1.234")).isEqualByComparingTo("1234");
        // What a number input sends, whatever the page's language.
        assertThat(italian.parse("0.5")).isEqualByComparingTo("0.5");
    }

    @Test
    void anEnglishPageReadsADecimalPointAndCommasBetweenThousands() {
        assertThat(english.parse("14.5")).isEqualByComparingTo("14.5");
        assertThat(english.parse("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(english.parse("1,234")).isEqualByComparingTo("1234");
    }

    @Test
    void aBlankIsNoValueAndAWordIsRefused() {
        assertThat(italian.parse(" ")).isNull();
        assertThatThrownBy(() -> italian.parse("14abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> italian.parse("1,2,3")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BigDecimal("14.5").toPlainString()).isEqualTo("14.5");
    }
}
