package it.zona.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportFilesTest {

    private static final ExportTable TABLE = new ExportTable(
            "Prova",
            List.of(
                    ExportTable.text("intervento"),
                    ExportTable.integer("anno"),
                    ExportTable.amount("programmato"),
                    ExportTable.date("data")),
            List.of(
                    Arrays.asList(
                            "Centro \"Il Faro\", Poggiardo", 2024, new BigDecimal("1234.50"), LocalDate.of(2024, 1, 1)),
                    Arrays.asList("Età è più", 2025, new BigDecimal("0.05"), null)),
            Arrays.asList("Totale", null, new BigDecimal("1234.55"), null));

    @Test
    void aCsvQuotesWhatNeedsItAndKeepsTheDecimalPointAndIsoDates() throws IOException {
        byte[] csv = ExportFiles.csv(TABLE);
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("intervento,anno,programmato,data\r\n")
                .contains("\"Centro \"\"Il Faro\"\", Poggiardo\",2024,1234.50,2024-01-01\r\n")
                .contains("Età è più,2025,0.05,\r\n")
                .doesNotContain("Totale");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows.get(0).get("intervento")).isEqualTo("Centro \"Il Faro\", Poggiardo");
    }

    @Test
    void aSpreadsheetHasTypedCellsAFrozenHeaderAndTheTotalsLast() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExportFiles.xlsx(TABLE)))) {
            Sheet sheet = workbook.getSheet("Prova");
            Row first = sheet.getRow(1);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("programmato");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2024);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo(ExportFiles.EURO_FORMAT);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(sheet.getRow(2).getCell(3)).isNull();
            Row totals = sheet.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Totale");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(1234.55);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
        }
    }
}
