package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.district.DistrictRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The writer's CSV is byte for byte commons-csv's RFC 4180, and its JSON is typed by column. */
class DatasetWriterTest {

    private static final List<Object[]> ROWS = List.of(
            new Object[] {1L, "Piano, 2024", new BigDecimal("1234.50"), LocalDate.of(2024, 1, 31), true},
            new Object[] {2L, "Detto \"così\"", new BigDecimal("-0.01"), null, false},
            new Object[] {3L, "due\r\nrighe", null, LocalDate.of(2025, 12, 1), null},
            new Object[] {4L, " spazio iniziale", new BigDecimal("1E+3"), null, null},
            new Object[] {5L, "#commento", BigDecimal.ZERO, null, null},
            new Object[] {6L, "finale ", null, null, null},
            new Object[] {7L, "", null, null, null},
            new Object[] {8L, "àèìòù €", new BigDecimal("10"), null, null});

    private final OpenDataset dataset = new OpenDataset(
            "sample",
            0,
            DataTheme.GOVE,
            UpdateFrequency.IRREG,
            List.of(
                    DatasetColumn.integer("id"),
                    DatasetColumn.text("title"),
                    DatasetColumn.decimal("amount"),
                    DatasetColumn.date("day"),
                    DatasetColumn.bool("open")),
            (district, sink) -> ROWS.forEach(sink::row));

    private final DistrictRef district = new DistrictRef(1, "prova", "Ambito di prova", false);

    @Test
    void csvIsWhatCommonsCsvPrints() throws IOException {
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(expected)) {
            printer.printRecord("id", "title", "amount", "day", "open");
            for (Object[] row : ROWS) {
                Object[] fields = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    fields[i] = DatasetWriter.text(row[i]);
                }
                printer.printRecord(fields);
            }
        }
        assertThat(write(DatasetFormat.CSV)).isEqualTo(expected.toString());
        assertThat(expected.toString())
                .contains("1000,")
                .contains("\"Piano, 2024\"")
                .doesNotContain("E+");
    }

    @Test
    void jsonIsTypedByColumn() {
        assertThat(write(DatasetFormat.JSON))
                .startsWith(
                        "[{\"id\":1,\"title\":\"Piano, 2024\",\"amount\":1234.50,\"day\":\"2024-01-31\",\"open\":true},")
                .contains("\"amount\":1000,")
                .contains("{\"id\":3,\"title\":\"due\\r\\nrighe\",\"amount\":null,");
    }

    private String write(DatasetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetWriter(JsonMapper.builder().build()).write(dataset, district, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
