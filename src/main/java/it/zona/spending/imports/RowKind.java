package it.zona.spending.imports;

import java.util.Locale;

/** What a row of the export records, by the words accounting systems use for it. */
enum RowKind {
    COMMITMENT,
    PAYMENT,
    DECOMMITMENT;

    /** The kind a cell names, or null: IMPEGNO, MANDATO or LIQUIDAZIONE, DISIMPEGNO or ECONOMIA (or their English names). */
    static RowKind of(String cell) {
        return switch (cell.strip().toUpperCase(Locale.ROOT)) {
            case "IMPEGNO", "I", "IMP", "COMMITMENT" -> COMMITMENT;
            case "MANDATO", "LIQUIDAZIONE", "PAGAMENTO", "M", "L", "P", "PAYMENT" -> PAYMENT;
            case "DISIMPEGNO", "ECONOMIA", "D", "DECOMMITMENT" -> DECOMMITMENT;
            default -> null;
        };
    }
}
