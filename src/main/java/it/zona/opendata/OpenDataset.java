package it.zona.opendata;

import it.zona.district.DistrictRef;
import java.util.List;

/**
 * A dataset a module publishes for each District: public data only, never a personal contact. Its
 * title, description and each column's meaning are messages ({@code opendata.dataset.<key>.title},
 * {@code .description}, {@code .column.<name>}) in every language of the pages.
 */
public interface OpenDataset {

    /** Its stable name in addresses ({@code /districts/{slug}/open-data/<key>.csv}): lower case, dashes. */
    String key();

    /** Where it stands among the District's datasets: lower first. */
    int position();

    /** Its theme in the EU's data-theme vocabulary. */
    DataTheme theme();

    /** How often its data change, as the office works. */
    UpdateFrequency frequency();

    /** Its columns, in the order every row gives their values; the first identifies the row. */
    List<DatasetColumn> columns();

    /**
     * Writes the District's rows to {@code sink} in a stable order, one at a time: a dataset of a
     * million rows must reach the client without ever being held in memory whole. Each row gives
     * one value per column, of the column's type, or null.
     */
    void rows(DistrictRef district, RowSink sink);
}
