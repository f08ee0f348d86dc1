package it.zona.catalogue;

/**
 * Whom a service is for, in the words citizens look for it with: the target groups a plan starts
 * with, fixed for the catalogue so that a service keeps them from one plan to the next. Their
 * Italian words are among the service's search terms: "anziani" finds a service for older people
 * whose texts never say it.
 */
public enum Audience {
    MINORS("minori bambini ragazzi"),
    YOUNG_PEOPLE("giovani"),
    FAMILIES("famiglie genitori"),
    PEOPLE_WITH_DISABILITIES("persone con disabilità disabili"),
    OLDER_PEOPLE("anziani"),
    PEOPLE_WITH_ADDICTIONS("persone con dipendenze"),
    FOREIGN_ORIGIN("persone di origine straniera stranieri immigrati"),
    ADULTS_IN_DIFFICULTY("adulti in difficoltà senza dimora"),
    MENTAL_HEALTH("persone con disturbi mentali salute mentale"),
    EVERYONE("tutta la popolazione");

    private final String searchWords;

    Audience(String searchWords) {
        this.searchWords = searchWords;
    }

    String searchWords() {
        return searchWords;
    }
}
