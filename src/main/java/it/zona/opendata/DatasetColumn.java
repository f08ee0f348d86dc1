package it.zona.opendata;

/** A column of a dataset: its name in the CSV header and the JSON keys, and its type. */
public record DatasetColumn(String name, ColumnType type) {

    public static DatasetColumn text(String name) {
        return new DatasetColumn(name, ColumnType.TEXT);
    }

    public static DatasetColumn integer(String name) {
        return new DatasetColumn(name, ColumnType.INTEGER);
    }

    public static DatasetColumn decimal(String name) {
        return new DatasetColumn(name, ColumnType.DECIMAL);
    }

    public static DatasetColumn date(String name) {
        return new DatasetColumn(name, ColumnType.DATE);
    }

    public static DatasetColumn bool(String name) {
        return new DatasetColumn(name, ColumnType.BOOLEAN);
    }
}
