package it.zona.opendata;

import it.zona.district.DistrictRef;
import java.util.List;

/**
 * A dataset a module publishes for each District, public data only, never a personal contact: a
 * bean the module that owns the data declares. Its title, description and each column's meaning
 * are messages ({@code opendata.dataset.<key>.title}, {@code .description}, {@code
 * .column.<name>}) in every language of the pages.
 *
 * @param key its stable name in addresses ({@code /districts/{slug}/open-data/<key>.csv}): lower
 *     case, dashes
 * @param position where it stands among the District's datasets: lower first
 * @param theme its theme in the EU's data-theme vocabulary
 * @param frequency how often its data change, as the office works
 * @param columns its columns, in the order every row gives their values; the first identifies the row
 * @param writer what writes the District's rows (see {@link #rows})
 */
public record OpenDataset(
        String key,
        int position,
        DataTheme theme,
        UpdateFrequency frequency,
        List<DatasetColumn> columns,
        Rows writer) {

    public OpenDataset {
        columns = List.copyOf(columns);
    }

    /**
     * Writes the District's rows to {@code sink} in a stable order, one at a time: a dataset of a
     * million rows must reach the client without ever being held in memory whole. Each row gives
     * one value per column, of the column's type, or null. The caller holds a read-only
     * transaction open while it runs, so a cursor streams.
     */
    public void rows(DistrictRef district, RowSink sink) {
        writer.write(district, sink);
    }

    /** What writes a dataset's rows for a District. */
    @FunctionalInterface
    public interface Rows {
        void write(DistrictRef district, RowSink sink);
    }
}
