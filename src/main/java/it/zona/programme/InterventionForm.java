package it.zona.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An intervention as a form or an API body gives it. It covers every member municipality, or the
 * ones listed in {@code municipalities} (ISTAT codes).
 */
public record InterventionForm(
        @NotNull Long objectiveId,
        Long targetGroupId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull InterventionType type,

        @Size(max = 20) @Pattern(regexp = SERVICE_CODE, message = "{validation.serviceCode}")
        String serviceCode,

        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @NotNull @Min(2000) @Max(2100) Integer lastYear,
        Long leadOrganizationId,
        List<Long> partnerIds,
        boolean allMunicipalities,
        List<String> municipalities,
        @Size(max = 4000) String outputs,
        InterventionStatus status,
        Long version) {

    /**
     * A code of the Nomenclatore interregionale of social services: a letter and a number, with
     * optional sub-levels (A1, B3.2); blank when not classified.
     */
    static final String SERVICE_CODE = "^$|^[A-Z]{1,2}[0-9]{1,2}(\\.[0-9]{1,2}){0,2}$";

    public static InterventionForm empty(Long objectiveId, int firstYear, int lastYear) {
        return new InterventionForm(
                objectiveId,
                null,
                "",
                "",
                InterventionType.SERVICE,
                "",
                firstYear,
                lastYear,
                null,
                List.of(),
                true,
                List.of(),
                "",
                InterventionStatus.PLANNED,
                null);
    }

    public List<Long> partnerIds() {
        return partnerIds == null ? List.of() : partnerIds;
    }

    public List<String> municipalities() {
        return municipalities == null ? List.of() : municipalities;
    }

    public InterventionStatus status() {
        return status == null ? InterventionStatus.PLANNED : status;
    }
}
