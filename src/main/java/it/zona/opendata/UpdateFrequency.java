package it.zona.opendata;

/**
 * How often a dataset changes, in the EU's frequency vocabulary
 * (http://publications.europa.eu/resource/authority/frequency), as DCAT-AP_IT asks.
 */
public enum UpdateFrequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ANNUAL,
    IRREG;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/frequency/" + name();
    }
}
