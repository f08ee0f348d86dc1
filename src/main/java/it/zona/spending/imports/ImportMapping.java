package it.zona.spending.imports;

/**
 * Which column of the file (from 0) holds each field of a row, and how the file writes amounts.
 * {@code kind} says what the row records (IMPEGNO, MANDATO or LIQUIDAZIONE, DISIMPEGNO); {@code code}
 * is the line's accounting code and {@code year} its year (when no column gives it, the year of the
 * row's date); {@code commitment} is, on a payment or de-commitment row, the number of the commitment
 * it goes against; {@code taxCode} is the beneficiary's tax code or VAT number, on a commitment row.
 * Columns left null are not in the file.
 */
public record ImportMapping(
        Integer kind,
        Integer code,
        Integer year,
        Integer number,
        Integer date,
        Integer amount,
        Integer taxCode,
        Integer cig,
        Integer cup,
        Integer commitment,
        Integer description,
        NumberStyle numbers) {

    /** The fields a page maps, in the order it shows them. */
    static final String[] FIELDS = {
        "kind", "code", "year", "number", "date", "amount", "taxCode", "cig", "cup", "commitment", "description"
    };

    /** A guess from the header's names, as the mapping page first shows it. */
    static ImportMapping guess(java.util.List<String> header, char separator) {
        return new ImportMapping(
                column(header, "tipo", "tipologia", "movimento", "type", "kind"),
                column(header, "capitolo", "codice contabile", "codice riga", "chapter", "code", "codice"),
                column(header, "esercizio", "anno", "year"),
                column(header, "numero atto", "numero", "n. atto", "atto", "number", "num"),
                column(header, "data", "date"),
                column(header, "importo", "amount"),
                column(header, "codice fiscale", "partita iva", "p.iva", "cf beneficiario", "cf", "tax code", "vat"),
                column(header, "cig"),
                column(header, "cup"),
                column(header, "impegno", "numero impegno", "n. impegno", "commitment"),
                column(header, "oggetto", "descrizione", "causale", "description"),
                separator == ';' ? NumberStyle.ITALIAN : NumberStyle.ENGLISH);
    }

    /** The first column whose name is one of the names; failing that, the first that contains one. */
    private static Integer column(java.util.List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (normalize(header.get(i)).equals(name)) {
                    return i;
                }
            }
        }
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (name.length() > 2 && normalize(header.get(i)).contains(name)) {
                    return i;
                }
            }
        }
        return null;
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The mapping as kept with an import, to say later how its file was read. */
    String describe(java.util.List<String> header) {
        StringBuilder text = new StringBuilder();
        Integer[] columns = {kind, code, year, number, date, amount, taxCode, cig, cup, commitment, description};
        for (int i = 0; i < FIELDS.length; i++) {
            if (columns[i] != null && columns[i] >= 0 && columns[i] < header.size()) {
                text.append(FIELDS[i])
                        .append('=')
                        .append(header.get(columns[i]))
                        .append("; ");
            }
        }
        return text.append("numbers=").append(numbers).toString();
    }
}
