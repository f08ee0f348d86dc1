/**
 * The District's planning office (Ufficio di Piano) and the offices where citizens are received,
 * with their weekly reception hours, closures, and whether each is open now.
 */
package it.zona.office;
