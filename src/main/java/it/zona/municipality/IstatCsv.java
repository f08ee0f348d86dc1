package it.zona.municipality;

import it.zona.shared.SearchKey;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ISTAT list in the columns of the shipped {@code reference/comuni.csv}: one row per
 * municipality, codes as text, population in columns named {@code popolazione_YYYY_MM_DD} of which
 * the most recent is the municipality's current one and all are kept as its history. Every problem
 * is reported with its line; nothing is guessed.
 */
final class IstatCsv {

    static final List<String> REQUIRED = List.of(
            "codice_istat",
            "denominazione",
            "sigla_provincia",
            "codice_uts",
            "denominazione_uts",
            "codice_regione",
            "denominazione_regione");
    private static final Pattern POPULATION = Pattern.compile("popolazione_(\\d{4})_(\\d{2})_(\\d{2})");

    private IstatCsv() {}

    record Row(
            String istatCode,
            String name,
            String otherName,
            String cadastralCode,
            String provinceCode,
            String provinceName,
            String provinceAbbreviation,
            String regionCode,
            String regionName,
            Integer population,
            LocalDate populationDate,
            String postalCode,
            Map<LocalDate, Integer> populations) {

        String searchKey() {
            return SearchKey.of(name + (otherName == null ? "" : " " + otherName));
        }
    }

    record LineError(long line, String messageKey, List<Object> arguments) {}

    record Parsed(List<Row> rows, List<LineError> errors) {
        boolean ok() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    static Parsed parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<LineError> errors = new ArrayList<>();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    errors.add(new LineError(1, "municipality.import.missingColumn", List.of(column)));
                }
            }
            String populationColumn = header.keySet().stream()
                    .filter(c -> POPULATION.matcher(c).matches())
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (populationColumn == null) {
                errors.add(new LineError(1, "municipality.import.missingColumn", List.of("popolazione_AAAA_MM_GG")));
            }
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), errors);
            }
            LocalDate populationDate = dateOf(populationColumn);
            List<String> populationColumns = header.keySet().stream()
                    .filter(c -> POPULATION.matcher(c).matches())
                    .toList();
            List<Row> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Row row = row(record, populationColumn, populationDate, line, errors);
                if (row != null) {
                    row.populations().putAll(earlier(record, populationColumns, line, errors));
                }
                if (row != null && !seen.add(row.istatCode())) {
                    errors.add(new LineError(line, "municipality.import.duplicate", List.of(row.istatCode())));
                } else if (row != null) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new LineError(1, "municipality.import.empty", List.of()));
            }
            return new Parsed(rows, errors);
        }
    }

    private static Row row(CSVRecord r, String populationColumn, LocalDate date, long line, List<LineError> errors) {
        int before = errors.size();
        String code = text(r, "codice_istat");
        check(code != null && code.matches("\\d{6}"), line, "codice_istat", code, errors);
        String name = text(r, "denominazione");
        check(name != null && name.length() <= 200, line, "denominazione", name, errors);
        String provinceCode = text(r, "codice_uts");
        check(provinceCode != null && provinceCode.matches("\\d{3}"), line, "codice_uts", provinceCode, errors);
        String regionCode = text(r, "codice_regione");
        check(regionCode != null && regionCode.matches("\\d{2}"), line, "codice_regione", regionCode, errors);
        String provinceName = text(r, "denominazione_uts");
        check(provinceName != null && provinceName.length() <= 100, line, "denominazione_uts", provinceName, errors);
        String regionName = text(r, "denominazione_regione");
        check(regionName != null && regionName.length() <= 100, line, "denominazione_regione", regionName, errors);
        String abbreviation = text(r, "sigla_provincia");
        check(abbreviation == null || abbreviation.matches("[A-Z]{2}"), line, "sigla_provincia", abbreviation, errors);
        String populationText = text(r, populationColumn);
        check(
                populationText == null || populationText.matches("\\d{1,8}"),
                line,
                populationColumn,
                populationText,
                errors);
        String cadastral = text(r, "codice_catastale");
        check(cadastral == null || cadastral.matches("[A-Z]\\d{3}"), line, "codice_catastale", cadastral, errors);
        String otherName = text(r, "denominazione_altra_lingua");
        check(otherName == null || otherName.length() <= 200, line, "denominazione_altra_lingua", otherName, errors);
        String postalCode = text(r, "cap");
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            // ISTAT's own list has no postal codes; a malformed one is dropped, not the municipality.
            postalCode = null;
        }
        if (errors.size() > before) {
            return null;
        }
        Integer population = populationText == null ? null : Integer.valueOf(populationText);
        Map<LocalDate, Integer> populations = new TreeMap<>();
        if (population != null) {
            populations.put(date, population);
        }
        return new Row(
                code,
                name,
                otherName,
                cadastral,
                provinceCode,
                provinceName,
                abbreviation,
                regionCode,
                regionName,
                population,
                population == null ? null : date,
                postalCode,
                populations);
    }

    /** The populations of the other dates the list gives, each checked like the current one. */
    private static Map<LocalDate, Integer> earlier(
            CSVRecord record, List<String> columns, long line, List<LineError> errors) {
        Map<LocalDate, Integer> populations = new TreeMap<>();
        for (String column : columns) {
            String text = text(record, column);
            if (text != null && text.matches("\\d{1,8}")) {
                populations.put(dateOf(column), Integer.valueOf(text));
            } else {
                check(text == null, line, column, text, errors);
            }
        }
        return populations;
    }

    private static void check(boolean ok, long line, String column, String value, List<LineError> errors) {
        if (!ok) {
            errors.add(
                    new LineError(line, "municipality.import.badValue", List.of(column, value == null ? "" : value)));
        }
    }

    private static String text(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate dateOf(String populationColumn) {
        Matcher m = POPULATION.matcher(populationColumn);
        m.matches();
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
