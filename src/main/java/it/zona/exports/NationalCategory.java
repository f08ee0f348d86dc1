package it.zona.exports;

/**
 * The national category of a funding source, as the ministry's monitoring of the national funds
 * (Multifondo) and SIOSS classify the money: the three national funds reported annuality by
 * annuality, then the others.
 */
public enum NationalCategory {
    FNPS,
    POVERTY_FUND,
    FNA,
    REGIONAL,
    MUNICIPAL,
    HEALTH,
    EU_PNRR,
    CO_PAYMENT,
    OTHER;

    /** The national funds, whose annualities the ministry monitors one by one. */
    public boolean isNationalFund() {
        return this == FNPS || this == POVERTY_FUND || this == FNA;
    }
}
