package it.zona.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A service as the office writes it, in the order of its page: the category, its classification
 * code from the installation's list ({@link ServiceCodes}) if any, the title, its status,
 * the short description, then what a citizen reads (Markdown), whom and where it is for, the offices
 * that receive them, the interventions that fund it and, for a titolo sociale, its application
 * window. Lists left out are empty.
 */
public record SocialServiceForm(
        @NotNull ServiceKind kind,
        @NotNull ServiceCategory category,

        @Pattern(regexp = ServiceCodes.SYNTAX, message = "{validation.catalogueCode}")
        String serviceCode,

        @NotBlank @Size(max = 200) String title,
        @NotNull ServiceStatus status,
        LocalDate statusFrom,
        LocalDate statusUntil,
        @NotBlank @Size(max = 300) String summary,
        @NotBlank @Size(max = 4000) String audienceText,
        @NotBlank @Size(max = 8000) String howTo,
        @Size(max = 4000) String documents,
        @NotBlank @Size(max = 4000) String outcome,
        @Size(max = 2000) String costs,
        @Size(max = 2000) String deadlines,
        @Size(max = 1000) String contacts,
        @Size(max = 10) List<@NotNull Audience> audiences,
        boolean allMunicipalities,

        @Size(max = 200)
        List<@NotNull @Pattern(regexp = "\\d{6}", message = "{validation.istatCode}") String> municipalities,

        @Size(max = 20) List<@NotNull Long> officeIds,
        @Size(max = 50) List<@NotNull Long> interventionIds,
        @Valid WindowForm window,
        Long version) {

    public SocialServiceForm {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        officeIds = officeIds == null ? List.of() : List.copyOf(officeIds);
        interventionIds = interventionIds == null ? List.of() : List.copyOf(interventionIds);
    }

    /** A titolo sociale's application window (bando): both days count, budget and places if known. */
    public record WindowForm(
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,

            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal budget,

            @Min(1) Integer places) {

        static WindowForm of(ApplicationWindow window) {
            return new WindowForm(window.opensOn(), window.closesOn(), window.budget(), window.places());
        }

        ApplicationWindow toWindow() {
            return new ApplicationWindow(opensOn, closesOn, budget, places);
        }
    }
}
