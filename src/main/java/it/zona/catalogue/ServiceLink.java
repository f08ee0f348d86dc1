package it.zona.catalogue;

/** A service named and linked from another page. */
record ServiceLink(long id, String title) {}
