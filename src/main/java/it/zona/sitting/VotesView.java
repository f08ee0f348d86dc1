package it.zona.sitting;

import java.util.List;

/** The votes by name on an agenda item, each with its weight, and the outcome once decided. */
public record VotesView(int number, String title, List<CastVote> votes, Outcome outcome, Tally tally, long version) {

    public record CastVote(long personId, String personName, String municipality, Choice choice, long weight) {}
}
