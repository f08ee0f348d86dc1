package it.zona.agreement;

/**
 * A confirmation page's form: only the version of the agreement read, so that an agreement changed
 * meanwhile is not frozen, or a party removed from it, unseen.
 */
record VersionForm(Long version) {}
