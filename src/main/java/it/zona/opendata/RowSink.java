package it.zona.opendata;

/** Where a dataset writes its rows, one at a time, each with one value per column. */
@FunctionalInterface
public interface RowSink {

    void row(Object... values);
}
