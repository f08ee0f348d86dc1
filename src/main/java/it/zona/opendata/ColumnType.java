package it.zona.opendata;

/**
 * The type of a dataset's column, which fixes how a value is written: text as it is, integers and
 * decimals with a decimal point and no grouping ({@code Long}, {@code BigDecimal}), dates in ISO
 * 8601 ({@code LocalDate}), booleans as {@code true}/{@code false}.
 */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN
}
