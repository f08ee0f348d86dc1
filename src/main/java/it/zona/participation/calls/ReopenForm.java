package it.zona.participation.calls;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** The new deadline of a call the office reopens or extends, in Europe/Rome. */
public record ReopenForm(@NotNull LocalDateTime deadline, Long version) {}
