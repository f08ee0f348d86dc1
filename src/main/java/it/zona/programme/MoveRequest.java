package it.zona.programme;

import it.zona.programme.Positioned.Direction;
import jakarta.validation.constraints.NotNull;

/** One place up or down in the order the office chose. */
record MoveRequest(@NotNull Direction direction) {}
