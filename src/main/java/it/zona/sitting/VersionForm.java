package it.zona.sitting;

/**
 * A confirmation page's form: only the version of the sitting read, so that a sitting changed
 * meanwhile is not cancelled or decided unseen.
 */
record VersionForm(Long version) {}
