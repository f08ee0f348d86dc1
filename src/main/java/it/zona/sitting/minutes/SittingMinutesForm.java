package it.zona.sitting.minutes;

import jakarta.validation.constraints.Size;

/**
 * The office's notes on the minutes, in Markdown (paragraphs, bold, italic, lists): what was said
 * and what the facts the sitting recorded do not tell. {@code version} guards an edit.
 */
record SittingMinutesForm(@Size(max = 20000) String notes, Long version) {}
