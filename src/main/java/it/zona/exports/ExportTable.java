package it.zona.exports;

import java.util.List;

/**
 * One export as a table, before it is written as CSV or XLSX: its columns with their types, its
 * rows (cells are {@code String}, {@code Integer}, {@code Long}, {@code BigDecimal}, {@code
 * LocalDate} or null), and the totals row the spreadsheet ends with (null cells where a column has
 * no total).
 */
record ExportTable(String name, List<Column> columns, List<List<Object>> rows, List<Object> totals) {

    enum Type {
        TEXT,
        INTEGER,
        AMOUNT,
        DECIMAL,
        DATE
    }

    record Column(String header, Type type) {}

    static Column text(String header) {
        return new Column(header, Type.TEXT);
    }

    static Column integer(String header) {
        return new Column(header, Type.INTEGER);
    }

    static Column amount(String header) {
        return new Column(header, Type.AMOUNT);
    }

    static Column decimal(String header) {
        return new Column(header, Type.DECIMAL);
    }

    static Column date(String header) {
        return new Column(header, Type.DATE);
    }
}
