package it.zona.sitting;

/**
 * A member's seat at a sitting, with the ISTAT resident population of the municipality the member
 * represents (0 for one who represents none), which weighs in a quorum or vote by population.
 */
record Seat(long personId, String personName, String municipality, String municipalityName, long population) {}
