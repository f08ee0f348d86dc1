package it.zona.shared.web;

/**
 * A confirmation page's form: only the version of what the page showed, so that something changed
 * meanwhile is not frozen, cancelled, decided or removed unseen.
 */
public record VersionForm(Long version) {}
