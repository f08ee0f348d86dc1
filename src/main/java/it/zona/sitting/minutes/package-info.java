/**
 * The minutes (verbale) of a held sitting: drafted by the office from what the sitting recorded
 * (attendance, quorum, votes by name, outcomes, resolutions) with its own notes, approved at a later
 * sitting of the body or by its president, and then frozen as PDF/A, byte for byte, like a resolution.
 */
package it.zona.sitting.minutes;
