package it.zona.sitting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The votes by name on an agenda item; they replace those recorded before. */
public record VotesForm(@NotNull @Size(max = 200) List<@Valid @NotNull Ballot> votes, Long version) {

    public record Ballot(@NotNull Long personId, @NotNull Choice choice) {}
}
