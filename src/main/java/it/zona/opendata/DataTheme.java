package it.zona.opendata;

/**
 * The themes of the EU's data-theme vocabulary that a District's datasets fall under
 * (http://publications.europa.eu/resource/authority/data-theme), as DCAT-AP_IT asks.
 */
public enum DataTheme {
    /** Economy and finance: budgets, spending. */
    ECON,
    /** Government and public sector: bodies, acts, plans. */
    GOVE,
    /** Population and society: services, participation. */
    SOCI,
    /** Regions and cities: the municipalities. */
    REGI,
    /** Health. */
    HEAL;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/data-theme/" + name();
    }
}
