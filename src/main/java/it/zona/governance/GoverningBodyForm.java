package it.zona.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A governing body as a form or an API body submits it. {@code members} replaces all the members
 * when given; a form that only renames the body leaves it null.
 */
public record GoverningBodyForm(
        @NotNull GoverningBodyType type,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Size(max = 200) List<@Valid @NotNull MemberForm> members,
        Long version) {

    public static GoverningBodyForm empty() {
        return new GoverningBodyForm(null, "", "", null, null);
    }

    /** Named apart from the tables' {@code MemberForm} in the OpenAPI document. */
    @Schema(name = "GoverningBodyMemberForm")
    public record MemberForm(
            @NotNull Long personId,
            @NotNull MemberRole role,

            @Pattern(regexp = "(\\d{6})?", message = "{validation.istatCode}")
            String municipality,

            @NotNull LocalDate startDate,
            LocalDate endDate) {}
}
