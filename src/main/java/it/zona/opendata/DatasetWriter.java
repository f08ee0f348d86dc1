package it.zona.opendata;

import it.zona.district.DistrictRef;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dataset's rows as they come, one at a time, to a stream: CSV by RFC 4180 (commons-csv,
 * UTF-8, CRLF, a header row of the column names, a value quoted only when it must be), or JSON, an
 * array of one object per row keyed by column name (Jackson's streaming generator). Either way a
 * value is written by its column's type: integers and decimals with a decimal point and no
 * grouping, dates in ISO 8601, booleans as {@code true}/{@code false}; a null is an empty CSV field
 * and a JSON {@code null}. Nothing is held but the output buffer, so a million rows take no more
 * memory than ten.
 */
final class DatasetWriter {

    private static final int BUFFER = 64 * 1024;

    private final JsonMapper json;

    DatasetWriter(JsonMapper json) {
        this.json = json;
    }

    void write(OpenDataset dataset, DistrictRef district, DatasetFormat format, OutputStream out) {
        switch (format) {
            case CSV -> csv(dataset, district, out);
            case JSON -> json(dataset, district, out);
        }
    }

    /**
     * Each field as commons-csv's RFC 4180 format prints it: quoted only when it must be. A field
     * that commons-csv would write as it is (numbers, dates, booleans, most text) is written straight
     * away, the others by the format itself ({@link CSVFormat#print(Object, Appendable, boolean)}):
     * the format's checks on every field cost more than reading the rows from the database, and a
     * million payments came through at 20 MB/s (docs/performance.md).
     */
    private static void csv(OpenDataset dataset, DistrictRef district, OutputStream out) {
        List<DatasetColumn> columns = dataset.columns();
        CSVFormat format = CSVFormat.RFC4180;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            for (int i = 0; i < columns.size(); i++) {
                format.print(columns.get(i).name(), writer, i == 0);
            }
            format.println(writer);
            dataset.rows(district, values -> {
                check(dataset, columns, values);
                try {
                    for (int i = 0; i < values.length; i++) {
                        String field = text(values[i]);
                        if (plain(field, i == 0)) {
                            if (i > 0) {
                                writer.write(',');
                            }
                            writer.write(field);
                        } else {
                            format.print(field, writer, i == 0);
                        }
                    }
                    format.println(writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void json(OpenDataset dataset, DistrictRef district, OutputStream out) {
        List<DatasetColumn> columns = dataset.columns();
        try (JsonGenerator generator = json.createGenerator(new NotClosing(out), JsonEncoding.UTF8)) {
            generator.writeStartArray();
            dataset.rows(district, values -> {
                check(dataset, columns, values);
                generator.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    generator.writeName(columns.get(i).name());
                    Object value = values[i];
                    if (value == null) {
                        generator.writeNull();
                    } else if (value instanceof Boolean bool) {
                        generator.writeBoolean(bool);
                    } else if (value instanceof BigDecimal decimal) {
                        generator.writeNumber(decimal.toPlainString());
                    } else if (value instanceof Number number) {
                        generator.writeNumber(number.longValue());
                    } else {
                        generator.writeString(value.toString());
                    }
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    /**
     * Whether commons-csv's RFC 4180 format, whose quote mode is minimal, would write this field as
     * it is: not an empty first field, not starting with a character up to {@code #} (a space, a
     * quote, a comment), no comma, quote or line break inside, no space or control character at the
     * end.
     */
    static boolean plain(String field, boolean first) {
        int length = field.length();
        if (length == 0) {
            return !first;
        }
        if (field.charAt(0) <= '#' || field.charAt(length - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** A value as its CSV field: empty for null, plain decimals, ISO dates. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** A row of another length, or a value of another type than its column's, is a bug of its dataset. */
    private static void check(OpenDataset dataset, List<DatasetColumn> columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("Dataset " + dataset.key() + " wrote a row of " + values.length
                    + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null && !fits(columns.get(i).type(), value)) {
                throw new IllegalStateException("Dataset " + dataset.key() + ", column "
                        + columns.get(i).name() + ": " + value.getClass().getSimpleName() + " is not "
                        + columns.get(i).type());
            }
        }
    }

    private static boolean fits(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof Short;
            case DECIMAL -> value instanceof BigDecimal;
            case DATE -> value instanceof LocalDate;
            case BOOLEAN -> value instanceof Boolean;
        };
    }

    /** The response's stream stays open for the server to finish the answer: the generator only flushes it. */
    private static final class NotClosing extends java.io.FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
