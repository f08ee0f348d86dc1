package it.zona.spending;

import jakarta.validation.constraints.Size;

/** The code of a budget line in the accounting system (its capitolo), blank for none. */
public record AccountingCodeForm(@Size(max = 40) String code, Long version) {}
