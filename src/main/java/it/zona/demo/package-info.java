/**
 * Demonstration content, loaded at start-up in demo mode: the real Ambito territoriale sociale di
 * Poggiardo (its municipalities and figures are ISTAT's) with fictitious people, and demo accounts.
 */
package it.zona.demo;
