package it.zona.spending.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How an export is read: separators, encodings, lines, amounts in each style, the kinds of row. */
class CsvReadingTest {

    @Test
    void theSeparatorIsTheOneTheHeaderHasMoreOfOutsideQuotes() {
        assertThat(CsvFile.separator("Tipo;Importo;\"Oggetto, esteso\"\n1,2,3")).isEqualTo(';');
        assertThat(CsvFile.separator("type,amount,\"a;b;c\"\n")).isEqualTo(',');
        assertThat(CsvFile.separator("solo")).isEqualTo(',');
    }

    @Test
    void rowsKeepTheirLineInTheFileAndBlankLinesAreSkipped() {
        CsvFile file = CsvFile.read(
                "\uFEFFTipo;Importo\r\nIMPEGNO;1,00\r\n\r\n;\r\nMANDATO;\"2,00\"\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.header()).containsExactly("Tipo", "Importo");
        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 5);
        assertThat(file.rows().get(1).cell(1)).isEqualTo("2,00");
        assertThat(file.rows().get(1).cell(7)).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsExcelWritesIt() {
        CsvFile file = CsvFile.read("Tipo;Oggetto\nIMPEGNO;Attività\n".getBytes(Charset.forName("windows-1252")));
        assertThat(file.rows().get(0).cell(1)).isEqualTo("Attività");
    }

    @Test
    void anEmptyFileOrOneWithOnlyItsHeaderIsRefused() {
        assertThatThrownBy(() -> CsvFile.read("Tipo;Importo\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void amountsAreReadStrictlyInTheirStyle() {
        assertThat(NumberStyle.ITALIAN.parse("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(NumberStyle.ITALIAN.parse("1234,5")).isEqualByComparingTo("1234.5");
        assertThat(NumberStyle.ITALIAN.parse("1.500")).isEqualByComparingTo("1500");
        assertThat(NumberStyle.ITALIAN.parse("€ 1.000.000,00")).isEqualByComparingTo("1000000");
        assertThat(NumberStyle.ITALIAN.parse("1234.56")).isNull();
        assertThat(NumberStyle.ITALIAN.parse("1,234.56")).isNull();
        assertThat(NumberStyle.ITALIAN.parse("12,345")).isNull();
        assertThat(NumberStyle.ENGLISH.parse("1234.56")).isEqualTo(new BigDecimal("1234.56"));
        assertThat(NumberStyle.ENGLISH.parse("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(NumberStyle.ENGLISH.parse("1.500")).isNull();
        assertThat(NumberStyle.ENGLISH.parse("1.234,56")).isNull();
        assertThat(NumberStyle.ENGLISH.parse("-5")).isNull();
        assertThat(NumberStyle.ENGLISH.parse("dieci")).isNull();
    }

    @Test
    void theKindsOfRowAreTheWordsAccountingSystemsUse() {
        assertThat(RowKind.of(" impegno ")).isEqualTo(RowKind.COMMITMENT);
        assertThat(RowKind.of("Mandato")).isEqualTo(RowKind.PAYMENT);
        assertThat(RowKind.of("LIQUIDAZIONE")).isEqualTo(RowKind.PAYMENT);
        assertThat(RowKind.of("economia")).isEqualTo(RowKind.DECOMMITMENT);
        assertThat(RowKind.of("bonifico")).isNull();
    }
}
