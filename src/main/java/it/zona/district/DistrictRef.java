package it.zona.district;

/** Enough of a District to name it and link to it; {@code demo} marks a demonstration District. */
public record DistrictRef(long id, String slug, String name, boolean demo) {}
