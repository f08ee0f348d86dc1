package it.zona.programme;

/** Something the plan refers to, with its name, for pages and the API to show and link. */
public record Named(long id, String name) {}
