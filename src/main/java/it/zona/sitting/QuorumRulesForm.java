package it.zona.sitting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A body's quorum and majority rules; agreed shares count only when the majority is weighed by them. */
public record QuorumRulesForm(
        @NotNull Share firstCallMembers,
        @NotNull Share firstCallPopulation,
        @NotNull Share secondCallMembers,
        @NotNull Share secondCallPopulation,
        @NotNull Share majority,
        @NotNull WeightBasis majorityBasis,
        boolean abstentionsCounted,
        @Size(max = 200) List<@Valid @NotNull ShareForm> agreedShares,
        Long version) {

    public record ShareForm(
            @NotBlank String municipality, @NotNull @Min(0) Integer share) {}
}
