package it.zona.spending.imports;

import it.zona.shared.RuleViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export as read: its separator ({@code ;} as Italian spreadsheets write it, or {@code ,}),
 * its header and its rows, each with its line in the file (the header is line 1). UTF-8, with or
 * without a byte order mark; a file that is not UTF-8 is read as Windows-1252, what Excel writes.
 */
record CsvFile(char separator, List<String> header, List<Row> rows) {

    /** A row of the file: its line number and its cells. */
    record Row(int line, List<String> cells) {

        String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size()
                    ? ""
                    : cells.get(column).strip();
        }
    }

    static CsvFile read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                records.add(cells);
                lines.add(lineAt(text, record.getCharacterPosition()));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw RuleViolationException.invalid("file", "error.spendingImport.unreadable");
        }
        if (records.size() < 2) {
            throw RuleViolationException.invalid("file", "error.spendingImport.empty");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new Row(lines.get(i), List.copyOf(records.get(i))));
        }
        return new CsvFile(separator, records.get(0).stream().map(String::strip).toList(), List.copyOf(rows));
    }

    /** The line (from 1) at a character of the text. */
    private static int lineAt(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** The separator of the header line: the one of {@code ;} and {@code ,} it has more of outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }
}
