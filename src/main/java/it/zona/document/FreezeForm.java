package it.zona.document;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which document to freeze as an official version, and the act or note that goes with it. */
record FreezeForm(
        @NotNull DocumentKind kind, @Size(max = 500) String act) {}
