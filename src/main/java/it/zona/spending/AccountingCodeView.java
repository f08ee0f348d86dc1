package it.zona.spending;

/** The code of a budget line in the accounting system, as the import finds the line by it. */
public record AccountingCodeView(long budgetLineId, String code, long version) {

    public AccountingCodeForm toForm() {
        return new AccountingCodeForm(code, version);
    }
}
