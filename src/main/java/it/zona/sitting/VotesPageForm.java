package it.zona.sitting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The votes on an item as their page sends them: a row for each member present, whose choice is
 * empty when the member does not vote; only the rows with a choice become {@link VotesForm}'s ballots.
 */
record VotesPageForm(List<@Valid Row> votes, Long version) {

    VotesPageForm {
        votes = votes == null ? new ArrayList<>() : new ArrayList<>(votes);
    }

    record Row(@NotNull Long personId, Choice choice) {}

    VotesForm toForm() {
        List<VotesForm.Ballot> ballots = new ArrayList<>();
        for (Row row : votes) {
            if (row != null && row.choice() != null) {
                ballots.add(new VotesForm.Ballot(row.personId(), row.choice()));
            }
        }
        return new VotesForm(ballots, version);
    }
}
