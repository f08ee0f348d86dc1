/**
 * How the territory takes part in a plan, in rooms of its own: the planning {@code space} the rest
 * belongs to, the thematic {@code tables} and their seats, the {@code calls} for nominations, the
 * {@code meetings}, their {@code minutes}, the {@code contributions} heard there and a
 * representative's {@code desk}. Each is an application module. This package keeps only the H2
 * trigger that freezes approved minutes, because the released migration V18_1 names its class here.
 */
package it.zona.participation;
