package it.zona.participation.calls;

import jakarta.validation.constraints.Size;

/** The office's decision on a nomination: a reason is required to reject it. */
public record ReviewForm(@Size(max = 1000) String reason) {}
