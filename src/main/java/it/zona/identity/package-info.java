/**
 * Who is acting and what they may do: local staff accounts, their roles in each District
 * (admin = Ufficio di Piano, editor, viewer), sign-in with throttling, and API tokens.
 */
package it.zona.identity;
