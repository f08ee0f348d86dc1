package it.zona.opendata;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who publishes a District's open data, as its admin sets it. Blank fields take their default in the
 * catalogue (see {@link CatalogPublisher}); IPA codes are checked by {@link IpaCode}.
 */
public record OpenDataPublisherForm(
        @Pattern(regexp = IPA_CODE, message = "{opendata.ipaCode.shape}")
        String ipaCode,

        @Size(max = 200) String name,

        @Pattern(regexp = IPA_CODE, message = "{opendata.ipaCode.shape}")
        String rightsHolderIpaCode,

        @Size(max = 200) String rightsHolderName,
        @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,

        @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}")
        String contactUrl,

        @NotNull Licence licence,
        Long version) {

    /** The shape of an IPA code, in either case and with spaces around, or nothing; {@link IpaCode} says the rest. */
    static final String IPA_CODE = "\\s*([A-Za-z][A-Za-z0-9_]{1,19})?\\s*";
}
