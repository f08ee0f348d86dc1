package it.zona.spending;

/** What an entry of a line's ledger records; a correction has the kind of the entry it corrects. */
enum EntryKind {
    /** An impegno: money bound to a beneficiary by an act. */
    COMMITMENT("Commitment"),
    /** A liquidazione or mandato: money paid against one commitment. */
    PAYMENT("Payment"),
    /** A disimpegno: a commitment reduced by an act. */
    DECOMMITMENT("Decommitment"),
    /** A variazione di bilancio: money added to (or taken from) the line's allowance by an act. */
    VARIATION("BudgetVariation");

    private final String entity;

    EntryKind(String entity) {
        this.entity = entity;
    }

    /** The entity's name in the audit log. */
    String entity() {
        return entity;
    }
}
