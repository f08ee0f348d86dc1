package it.zona.exports;

import it.zona.exports.ExportTable.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an export as the systems take it. CSV: RFC 4180 (comma, CRLF, quotes where needed), UTF-8,
 * a header row, ISO dates, a decimal point, no totals row (a program sums what it reads). XLSX:
 * typed cells (amounts as numbers in euros, dates as dates), a bold header row kept in view, the
 * totals row at the end, columns as wide as what they hold.
 */
final class ExportFiles {

    static final String EURO_FORMAT = "#,##0.00\\ \"€\"";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private ExportFiles() {}

    static byte[] write(ExportTable table, FileFormat format) {
        return switch (format) {
            case CSV -> csv(table);
            case XLSX -> xlsx(table);
        };
    }

    static byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat rfc4180 = CSVFormat.RFC4180
                .builder()
                .setHeader(table.columns().stream().map(Column::header).toArray(String[]::new))
                .get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, rfc4180)) {
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cell -> cells.add(csvCell(cell)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return cell.toString();
    }

    static byte[] xlsx(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(table.name());
            List<Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                widths[c] = columns.get(c).header().length();
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                fill(sheet.createRow(r++), columns, values, styles, false, widths);
            }
            if (table.totals() != null) {
                fill(sheet.createRow(r), columns, table.totals(), styles, true, widths);
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                // Characters to 1/256 of a character's width, with a margin, within Excel's limit.
                sheet.setColumnWidth(c, Math.min(255, widths[c] + 3) * 256);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(
            Row row, List<Column> columns, List<Object> values, Styles styles, boolean totals, int[] widths) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(styles.of(columns.get(c).type(), totals));
                widths[c] = Math.max(widths[c], decimal.toPlainString().length() + 4);
            } else if (value instanceof Integer || value instanceof Long) {
                cell.setCellValue(((Number) value).longValue());
                cell.setCellStyle(styles.integer(totals));
                widths[c] = Math.max(widths[c], value.toString().length());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                widths[c] = Math.max(widths[c], 10);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(totals ? styles.totalText : styles.text);
                widths[c] = Math.max(widths[c], Math.min(60, value.toString().length()));
            }
        }
    }

    /** The few styles of a sheet, made once (a workbook holds a limited number). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        final CellStyle amount;
        final CellStyle totalAmount;
        final CellStyle decimal;
        final CellStyle totalDecimal;
        final CellStyle integer;
        final CellStyle totalInteger;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            totalText = bolded(workbook, text, bold);
            amount = workbook.createCellStyle();
            amount.setDataFormat(formats.getFormat(EURO_FORMAT));
            totalAmount = bolded(workbook, amount, bold);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.00"));
            totalDecimal = bolded(workbook, decimal, bold);
            integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("0"));
            totalInteger = bolded(workbook, integer, bold);
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(DATE_FORMAT));
        }

        private static CellStyle bolded(XSSFWorkbook workbook, CellStyle style, Font bold) {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setFont(bold);
            copy.setBorderTop(BorderStyle.THIN);
            return copy;
        }

        CellStyle of(ExportTable.Type type, boolean totals) {
            return type == ExportTable.Type.AMOUNT
                    ? (totals ? totalAmount : amount)
                    : (totals ? totalDecimal : decimal);
        }

        CellStyle integer(boolean totals) {
            return totals ? totalInteger : integer;
        }
    }
}
