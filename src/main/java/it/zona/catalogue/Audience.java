package it.zona.catalogue;

/**
 * Whom a service is for, in the words citizens look for it with: the target groups a plan starts
 * with, fixed for the catalogue so that a service keeps them from one plan to the next.
 */
public enum Audience {
    MINORS,
    YOUNG_PEOPLE,
    FAMILIES,
    PEOPLE_WITH_DISABILITIES,
    OLDER_PEOPLE,
    PEOPLE_WITH_ADDICTIONS,
    FOREIGN_ORIGIN,
    ADULTS_IN_DIFFICULTY,
    MENTAL_HEALTH,
    EVERYONE
}
