package it.zona.participation.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A remark on circulated minutes. A representative writes their own (the organisation is their
 * seat's); the office recording one received otherwise names the member organisation and the author.
 */
record RemarkForm(
        @NotBlank @Size(max = 4000) String text,
        Long organizationId,
        @Size(max = 200) String author) {}
