package it.zona.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The agreement's title and its articles (Markdown), while it is a draft. */
public record AgreementForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 100000) String text,
        Long version) {}
