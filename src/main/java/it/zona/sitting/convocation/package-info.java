/**
 * The convocation as the members receive it: an e-mail to each member's PEC or e-mail with the
 * iCalendar invitation (REQUEST, then CANCEL) and the agenda as PDF/A, a record of each notice sent
 * and of the members it could not reach, and the agenda and the calendar entry for anyone to fetch.
 */
package it.zona.sitting.convocation;
